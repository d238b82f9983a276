package dev.sci4j.report;

import dev.sci4j.input.Checks;
import java.util.List;

/**
 * When the software was measured: the earliest start and latest end over all repetitions (ISO-8601), and the
 * length of each repetition's window in seconds (TiR for its embodied share). Immutable and thread-safe.
 */
public record MeasurementWindow(String start, String end, List<Double> repetitionSeconds) {
    public MeasurementWindow {
        Instants.check(Checks.present(start, "measurementWindow.start"), "measurementWindow.start");
        Instants.check(Checks.present(end, "measurementWindow.end"), "measurementWindow.end");
        repetitionSeconds = List.copyOf(Checks.present(repetitionSeconds, "measurementWindow.repetitionSeconds"));
        repetitionSeconds.forEach(s -> Checks.nonNegative(s, "measurementWindow.repetitionSeconds[]"));
    }

    /** The shortest repetition, in seconds. */
    public double shortestSeconds() {
        return repetitionSeconds.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }
}
