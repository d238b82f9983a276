package dev.sci4j.agent.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * A clock that moves only when told to; for tests. A thread in {@link #await} waits until the clock has been
 * advanced past its deadline (or its latch opens), so a test decides when the agent's next interval is due and,
 * with {@link #advanceAndAwaitNextWait}, knows when the agent has finished with it. Thread-safe.
 */
public final class ManualClock implements Clock {
    /** How long a test waits, in real time, for the code under test to come back to the clock. */
    private static final long REAL_TIMEOUT_MILLIS = 20_000;
    /** The latch does not notify this clock's monitor, so a waiter looks at it this often (real time). */
    private static final long LATCH_POLL_MILLIS = 5;

    private final Instant origin;
    private long nanos; // guarded by this
    private long waits; // calls of await so far, guarded by this

    public ManualClock(Instant origin) {
        this.origin = origin;
    }

    public synchronized void advance(Duration d) {
        nanos += d.toNanos();
        notifyAll();
    }

    /**
     * Advances the clock once a thread waits on it, then returns when a thread waits on it again: the waiter has
     * done what was due and is back to waiting for the next interval.
     *
     * @throws IllegalStateException when no thread comes back within 20 s of real time
     */
    public synchronized void advanceAndAwaitNextWait(Duration d) throws InterruptedException {
        awaitWaits(1);
        long before = waits;
        advance(d);
        awaitWaits(before + 1);
    }

    /** Returns once {@link #await} has been called {@code count} times in all. */
    public synchronized void awaitWaits(long count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + REAL_TIMEOUT_MILLIS;
        while (waits < count) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new IllegalStateException("no thread waited on the clock within " + REAL_TIMEOUT_MILLIS + " ms");
            }
            wait(left);
        }
    }

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public Instant now() {
        return origin.plusNanos(nanoTime());
    }

    @Override
    public synchronized boolean await(CountDownLatch latch, long waitNanos) throws InterruptedException {
        long deadline = nanos + waitNanos;
        waits++;
        notifyAll();
        while (nanos < deadline && latch.getCount() > 0) {
            wait(LATCH_POLL_MILLIS);
        }
        return latch.getCount() == 0;
    }
}
