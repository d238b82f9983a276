package dev.sci4j.agent;

import java.lang.instrument.Instrumentation;

/**
 * The agent's entry point ({@code Premain-Class} and {@code Agent-Class}). Deliberately tiny: no static state,
 * no libraries, nothing but JDK classes. It builds the isolated agent class loader (see {@link IsolatedLoader})
 * and calls {@code dev.sci4j.agent.core.AgentCore.start} inside it. Whatever goes wrong, it prints one line
 * and returns: the application always starts.
 */
public final class Sci4jAgent {
    /** Marks a JVM that already runs the agent, so a second attach does not start a second sampler. */
    static final String ACTIVE_PROPERTY = "sci4j.agent.active";

    private Sci4jAgent() {}

    /** {@code -javaagent:sci4j-agent.jar=key=value;key=value} */
    public static void premain(String agentArgs, Instrumentation instrumentation) {
        start(agentArgs, instrumentation, false);
    }

    /** Dynamic attach ({@code java -jar sci4j-agent.jar attach <pid> …}). */
    public static void agentmain(String agentArgs, Instrumentation instrumentation) {
        start(agentArgs, instrumentation, true);
    }

    private static void start(String agentArgs, Instrumentation instrumentation, boolean dynamic) {
        if (System.getProperty(ACTIVE_PROPERTY) != null) {
            System.err.println("[sci4j] agent already running in this JVM; ignoring the second start");
            return;
        }
        System.setProperty(ACTIVE_PROPERTY, "true");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            ClassLoader loader = IsolatedLoader.create(Sci4jAgent.class, instrumentation);
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> core = Class.forName("dev.sci4j.agent.core.AgentCore", true, loader);
            core.getMethod("start", String.class, Instrumentation.class, boolean.class)
                    .invoke(null, agentArgs, instrumentation, dynamic);
        } catch (Throwable t) {
            System.err.println("[sci4j] agent disabled: cannot load the agent core (" + t
                    + "); the application runs without sci4j");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
