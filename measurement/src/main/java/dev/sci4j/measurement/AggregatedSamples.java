package dev.sci4j.measurement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Older samples merged into one to bound the file and the agent's memory: JSON {@code aggregated} with
 * {@code sampleCount} (how many windows were merged) and {@code total} (their sum, see
 * {@link IntervalSample#plus(IntervalSample)}). Immutable and thread-safe.
 */
public final class AggregatedSamples {
    private final long sampleCount;
    private final IntervalSample total;

    @JsonCreator
    public AggregatedSamples(
            @JsonProperty("sampleCount") long sampleCount, @JsonProperty("total") IntervalSample total) {
        this.sampleCount = Check.nonNegative(sampleCount, "aggregated.sampleCount");
        this.total = Check.notNull(total, "aggregated.total");
    }

    /** Starts an aggregate from one sample. */
    public static AggregatedSamples of(IntervalSample sample) {
        return new AggregatedSamples(1, sample);
    }

    /** This aggregate with one more sample merged in. */
    public AggregatedSamples plus(IntervalSample sample) {
        return new AggregatedSamples(sampleCount + 1, total.plus(sample));
    }

    public long sampleCount() {
        return sampleCount;
    }

    public IntervalSample total() {
        return total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AggregatedSamples
                && sampleCount == ((AggregatedSamples) o).sampleCount
                && total.equals(((AggregatedSamples) o).total);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sampleCount, total);
    }
}
