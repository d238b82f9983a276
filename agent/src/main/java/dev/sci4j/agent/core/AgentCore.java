package dev.sci4j.agent.core;

import dev.sci4j.agent.clock.Clock;
import dev.sci4j.agent.config.AgentConfig;
import dev.sci4j.agent.config.ConfigException;
import java.lang.instrument.Instrumentation;

/**
 * Entry point of the agent core, called reflectively by the bootstrap ({@code dev.sci4j.agent.Sci4jAgent})
 * inside the isolated class loader. Parses the configuration on the caller's thread (so a bad value is
 * reported before the application starts) and hands everything else to a daemon thread. Never throws.
 */
public final class AgentCore {
    private AgentCore() {
    }

    /**
     * @param agentArgs       the {@code key=value;…} string after {@code -javaagent:…=} or from {@code attach}
     * @param instrumentation kept for the functional-unit instrumentation (issue 4); unused for now
     * @param dynamic         true when attached to a running JVM
     */
    public static void start(String agentArgs, Instrumentation instrumentation, boolean dynamic) {
        AgentLog log = AgentLog.stderr();
        try {
            AgentConfig config = AgentConfig.load(agentArgs, System.getProperties(), System.getenv(),
                    ProcessHandle.current().pid());
            new Agent(config, log, Clock.system(), dynamic).start();
        } catch (ConfigException e) {
            log.accept("agent disabled: " + e.getMessage() + "; the application runs without sci4j");
        } catch (Throwable t) {
            log.accept("agent disabled: cannot start: " + t + "; the application runs without sci4j");
        }
    }
}
