package dev.sci4j.report;

import dev.sci4j.units.Invariants;
import java.util.List;

/**
 * When the software was measured: the earliest start and latest end over all repetitions (ISO-8601), and the
 * length of each repetition's window in seconds (TiR for its embodied share). Immutable and thread-safe.
 */
public record MeasurementWindow(String start, String end, List<Double> repetitionSeconds) {
    public MeasurementWindow {
        Instants.check(Invariants.present(start, "measurementWindow.start"), "measurementWindow.start");
        Instants.check(Invariants.present(end, "measurementWindow.end"), "measurementWindow.end");
        repetitionSeconds = Invariants.list(repetitionSeconds, "measurementWindow.repetitionSeconds");
        repetitionSeconds.forEach(s -> Invariants.nonNegative(s, "measurementWindow.repetitionSeconds[]"));
    }

    /** The shortest repetition, in seconds. */
    public double shortestSeconds() {
        return repetitionSeconds.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }
}
