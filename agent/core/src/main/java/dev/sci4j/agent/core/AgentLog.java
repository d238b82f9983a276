package dev.sci4j.agent.core;

import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * The agent's only output channel: single lines prefixed {@code [sci4j]} on the application's stderr. No
 * logging framework, so nothing is imposed on (or borrowed from) the application. Thread-safe.
 */
public final class AgentLog implements Consumer<String> {
    private final PrintStream out;

    private AgentLog(PrintStream out) {
        this.out = out;
    }

    public static AgentLog stderr() {
        return new AgentLog(System.err);
    }

    @Override
    public void accept(String message) {
        out.println("[sci4j] " + message);
    }
}
