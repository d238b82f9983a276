package dev.sci4j.agent.clock;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Time for the agent: a monotonic clock for measuring elapsed time (energy integration, plausibility) and a
 * wall clock for sample timestamps. A seam so tests can drive time. Implementations are thread-safe.
 */
public interface Clock {
    /** Monotonic nanoseconds, only meaningful as differences. */
    long nanoTime();

    /** Wall-clock time for timestamps in the measurement file. */
    Instant now();

    /**
     * Waits until {@code latch} opens or {@code nanos} of this clock's time have passed, whichever comes first: the
     * sampler's wait between intervals, so that a test clock decides when the next interval is due.
     *
     * @return true when the latch opened
     */
    default boolean await(CountDownLatch latch, long nanos) throws InterruptedException {
        return latch.await(nanos, TimeUnit.NANOSECONDS);
    }

    /** The JVM's clocks. */
    static Clock system() {
        return SystemClock.INSTANCE;
    }
}
