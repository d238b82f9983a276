package dev.sci4j.prometheus;

import dev.sci4j.units.Invariants;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One series of a range query's matrix result: its labels and its samples in time order. Immutable and
 * thread-safe.
 *
 * @param labels  the series' labels, including {@code __name__} when the server returns it
 * @param samples the values at evaluation times where the series had one
 */
public record RangeSeries(Map<String, String> labels, List<Sample> samples) {
    public RangeSeries {
        labels = Invariants.map(labels, "series labels");
        samples = Invariants.list(samples, "series samples");
    }

    /** The value of {@code label}, or the empty string when the series has none (as PromQL treats it). */
    public String label(String label) {
        return labels.getOrDefault(label, "");
    }

    /**
     * One value of a series.
     *
     * @param time  the evaluation time
     * @param value the counter or gauge value, in the metric's own unit
     */
    public record Sample(Instant time, double value) {
        public Sample {
            Invariants.present(time, "sample time");
        }
    }
}
