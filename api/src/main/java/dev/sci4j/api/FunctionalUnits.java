package dev.sci4j.api;

/**
 * Counting functional units from code, for work that is not one method call: batches of records, generated
 * tokens, a block of an import job.
 *
 * <pre>{@code
 * FunctionalUnits.record("tokens", generated);          // n units of batch work, counted now
 * try (FunctionalUnits.Scope s = FunctionalUnits.scope("import")) {
 *     ...                                                // one unit; CPU time inside is attributed to it
 *     if (broken) s.fail();                              // counted as failed instead of successful
 * }
 * }</pre>
 *
 * <p>Without the sci4j agent every method is an empty no-op and the application runs unchanged. With the
 * agent, these method bodies are instrumented at load time (as the OpenTelemetry agent instruments its API):
 * the advice calls the agent's counters, which live on the bootstrap class path. This class therefore has no
 * state of its own and allocates nothing: {@link #scope(String)} returns one shared {@link Scope} and the
 * agent keeps the open scope per thread. Thread-safe; a scope must be closed on the thread that opened it.
 */
public final class FunctionalUnits {
    private static final Scope SCOPE = new Scope();

    private FunctionalUnits() {}

    /**
     * Counts {@code count} successful units of kind {@code name} (e.g. records processed, tokens generated).
     * Their energy is whatever the enclosing unit or scope of this thread measures; outside any unit they carry
     * none, and the process energy stays unattributed.
     */
    public static void record(String name, long count) {
        // Instrumented by the agent; a no-op without it.
    }

    /** Opens one unit of kind {@code name} on this thread; close it (try-with-resources) on the same thread. */
    public static Scope scope(String name) {
        enter(name);
        return SCOPE;
    }

    /** Whether the sci4j agent instruments this API in this JVM. */
    public static boolean agentActive() {
        return false; // the agent's advice makes this return true
    }

    static void enter(String name) {
        // Instrumented by the agent; a no-op without it.
    }

    static void exit(boolean failed) {
        // Instrumented by the agent; a no-op without it.
    }

    /**
     * An open unit. The same instance is returned for every scope (the state lives in the agent, per thread),
     * so holding on to it after {@link #close()} means nothing. Not for sharing between threads.
     */
    public static final class Scope implements AutoCloseable {

        private Scope() {}

        /** Marks the innermost open scope of this thread as failed; it is counted as failed when closed. */
        public void fail() {
            markFailed();
        }

        /** Ends the unit and counts it (successful unless {@link #fail()} was called). */
        @Override
        public void close() {
            exit(false);
        }

        static void markFailed() {
            // Instrumented by the agent; a no-op without it.
        }
    }
}
