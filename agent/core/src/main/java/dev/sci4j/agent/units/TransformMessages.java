package dev.sci4j.agent.units;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Lines said while a class is being transformed, held until an agent thread prints them. Printing inside
 * {@code ClassFileTransformer.transform} can deadlock (the thread that loads the class may hold a lock the
 * output stream needs, or the stream's first use may load a class) — the OpenTelemetry agent queues such lines
 * for the same reason. Bounded: at most {@link #capacity} lines wait; further ones are only counted and
 * reported as one {@code ... and K more} line. Thread-safe: {@link #offer} from any thread (a short lock, no
 * I/O), {@link #drainTo} from the sampler thread.
 */
public final class TransformMessages {
    /** Lines kept between two drains by {@link #bounded()}. */
    static final int DEFAULT_CAPACITY = 10;

    private final int capacity;
    private final List<String> lines; // guarded by this
    private long dropped; // guarded by this

    TransformMessages(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        this.lines = new ArrayList<>(capacity);
    }

    /** A queue of {@value #DEFAULT_CAPACITY} lines. */
    public static TransformMessages bounded() {
        return new TransformMessages(DEFAULT_CAPACITY);
    }

    /** Queues one line; beyond the capacity only counts it. Never blocks on I/O. */
    public synchronized void offer(String line) {
        if (lines.size() < capacity) {
            lines.add(line);
        } else {
            dropped++;
        }
    }

    /** Hands every waiting line to {@code out} (outside the lock), then one line for those beyond the capacity. */
    public void drainTo(Consumer<String> out) {
        List<String> taken;
        long more;
        synchronized (this) {
            if (lines.isEmpty()) {
                return;
            }
            taken = new ArrayList<>(lines);
            more = dropped;
            lines.clear();
            dropped = 0;
        }
        taken.forEach(out);
        if (more > 0) {
            out.accept("... and " + more + " more such message" + (more == 1 ? "" : "s"));
        }
    }
}
