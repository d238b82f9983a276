package dev.sci4j.agent.clock;

import java.time.Instant;

/**
 * Time for the agent: a monotonic clock for measuring elapsed time (energy integration, plausibility) and a
 * wall clock for sample timestamps. A seam so tests can drive time. Implementations are thread-safe.
 */
public interface Clock {
    /** Monotonic nanoseconds, only meaningful as differences. */
    long nanoTime();

    /** Wall-clock time for timestamps in the measurement file. */
    Instant now();

    /** The JVM's clocks. */
    static Clock system() {
        return SystemClock.INSTANCE;
    }
}
