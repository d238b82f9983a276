package dev.sci4j.agent.bootstrap;

/**
 * The agent's own threads (the sampler, the Prometheus endpoint's worker), recognisable by their class so that
 * the hooks can ignore them: the agent never counts its own work as a functional unit — it passes through the
 * same JDK entry points as the application's ({@code Filter.Chain.doFilter}, {@code HttpHandler.handle}), and
 * its cost is reported as the agent's overhead instead. The test on the hot path is one {@code instanceof}: no
 * thread-local, no allocation. Thread-safe (stateless).
 */
public final class AgentThreads {
    private AgentThreads() {}

    /** A new daemon thread, not started, that the hooks never count units on. */
    public static Thread newThread(Runnable task, String name) {
        Thread t = new Marked(task, name);
        t.setDaemon(true);
        return t;
    }

    /** Whether the current thread is one of the agent's. */
    public static boolean isCurrent() {
        return Thread.currentThread() instanceof Marked;
    }

    /** The mark. */
    private static final class Marked extends Thread {
        Marked(Runnable task, String name) {
            super(task, name);
        }
    }
}
