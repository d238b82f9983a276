package dev.sci4j.agent.clock;

import java.time.Duration;
import java.time.Instant;

/** A clock that moves only when told to; for tests. Thread-safe. */
public final class ManualClock implements Clock {
    private final Instant origin;
    private volatile long nanos;

    public ManualClock(Instant origin) {
        this.origin = origin;
    }

    public synchronized void advance(Duration d) {
        nanos += d.toNanos();
    }

    @Override
    public long nanoTime() {
        return nanos;
    }

    @Override
    public Instant now() {
        return origin.plusNanos(nanos);
    }
}
