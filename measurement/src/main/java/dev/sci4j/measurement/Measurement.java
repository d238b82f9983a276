package dev.sci4j.measurement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A measurement file: JSON {@code {"schemaVersion":1, "run":{…}, "samples":[…], "aggregated":{…},
 * "skippedIntervals":n}}. {@code samples} are the most recent windows in time order; {@code aggregated}
 * (optional) is the sum of the older windows merged to bound memory; {@code skippedIntervals} counts windows
 * dropped because the energy reading failed or was implausible (their energy is missing from the file).
 * Read and write it with {@link MeasurementJson}; the schema is {@code dev/sci4j/measurement/measurement.schema.json}
 * on the class path. Immutable and thread-safe.
 */
public final class Measurement {
    /** The only schema version this module reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    private final int schemaVersion;
    private final RunMetadata run;
    private final List<IntervalSample> samples;
    private final AggregatedSamples aggregated;
    private final long skippedIntervals;

    @JsonCreator
    private Measurement(
            @JsonProperty("schemaVersion") int schemaVersion,
            @JsonProperty("run") RunMetadata run,
            @JsonProperty("samples") List<IntervalSample> samples,
            @JsonProperty("aggregated") AggregatedSamples aggregated,
            @JsonProperty("skippedIntervals") long skippedIntervals) {
        if (schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException(
                    "schemaVersion " + schemaVersion + " is not supported (expected " + SCHEMA_VERSION + ")");
        }
        this.schemaVersion = schemaVersion;
        this.run = Check.notNull(run, "run");
        List<IntervalSample> copy = new ArrayList<>(samples == null ? List.of() : samples);
        for (int i = 0; i < copy.size(); i++) {
            Check.notNull(copy.get(i), "samples[" + i + "]");
            if (i > 0 && copy.get(i).start().isBefore(copy.get(i - 1).end())) {
                throw new IllegalArgumentException("samples[" + i + "] starts before samples[" + (i - 1) + "] ends");
            }
        }
        this.samples = Collections.unmodifiableList(copy);
        this.aggregated = aggregated;
        this.skippedIntervals = Check.nonNegative(skippedIntervals, "skippedIntervals");
    }

    /** A measurement with the current schema version. */
    public static Measurement of(
            RunMetadata run, List<IntervalSample> samples, AggregatedSamples aggregated, long skippedIntervals) {
        return new Measurement(SCHEMA_VERSION, run, samples, aggregated, skippedIntervals);
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public RunMetadata run() {
        return run;
    }

    /** The most recent windows, oldest first. */
    public List<IntervalSample> samples() {
        return samples;
    }

    /** The older windows merged into one, if any were merged. */
    public Optional<AggregatedSamples> aggregated() {
        return Optional.ofNullable(aggregated);
    }

    public long skippedIntervals() {
        return skippedIntervals;
    }

    /** Number of windows covered: merged ones plus those kept in full. */
    public long sampleCount() {
        return samples.size() + (aggregated == null ? 0 : aggregated.sampleCount());
    }

    /**
     * Everything in the file summed into one window (aggregate plus samples): its {@code start}/{@code end} are
     * the measured window and {@link IntervalSample#processTotalJoules()} is the process energy E. Empty when
     * the file holds no samples yet.
     */
    public Optional<IntervalSample> total() {
        IntervalSample sum = aggregated == null ? null : aggregated.total();
        for (IntervalSample s : samples) {
            sum = sum == null ? s : sum.plus(s);
        }
        return Optional.ofNullable(sum);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Measurement)) {
            return false;
        }
        Measurement m = (Measurement) o;
        return schemaVersion == m.schemaVersion
                && run.equals(m.run)
                && samples.equals(m.samples)
                && Objects.equals(aggregated, m.aggregated)
                && skippedIntervals == m.skippedIntervals;
    }

    @Override
    public int hashCode() {
        return Objects.hash(run, samples, aggregated, skippedIntervals);
    }
}
