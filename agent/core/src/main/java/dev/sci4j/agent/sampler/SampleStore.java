package dev.sci4j.agent.sampler;

import dev.sci4j.measurement.AggregatedSamples;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.RunMetadata;
import java.util.ArrayDeque;
import java.util.ArrayList;

/**
 * Keeps the last {@code maxSamples} samples in full and merges older ones into one aggregate, so memory and
 * file size stay bounded however long the JVM runs (with the default 600 samples at 1 s: the last 10 minutes
 * in full, a few hundred kilobytes of JSON). Thread-safe (synchronized): the sampler adds, the writer and the
 * shutdown hook take snapshots.
 */
public final class SampleStore {
    private final int maxSamples;
    private final ArrayDeque<IntervalSample> recent;
    private AggregatedSamples aggregated;
    private long skippedIntervals;

    public SampleStore(int maxSamples) {
        if (maxSamples < 1) {
            throw new IllegalArgumentException("maxSamples must be >= 1");
        }
        this.maxSamples = maxSamples;
        this.recent = new ArrayDeque<>(Math.min(maxSamples, 4096) + 1);
    }

    public synchronized void add(IntervalSample sample) {
        recent.addLast(sample);
        if (recent.size() > maxSamples) {
            IntervalSample oldest = recent.removeFirst();
            aggregated = aggregated == null ? AggregatedSamples.of(oldest) : aggregated.plus(oldest);
        }
    }

    /** Counts an interval whose energy was lost. */
    public synchronized void skipped() {
        skippedIntervals++;
    }

    public synchronized int size() {
        return recent.size();
    }

    /** The measurement as of now. */
    public synchronized Measurement snapshot(RunMetadata run) {
        return Measurement.of(run, new ArrayList<>(recent), aggregated, skippedIntervals);
    }
}
