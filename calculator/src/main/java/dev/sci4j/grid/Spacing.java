package dev.sci4j.grid;

import dev.sci4j.input.Checks;
import dev.sci4j.input.InvalidInputException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the values read from a file into a series, giving a duration to the points the file left without
 * one: the spacing to the next point, and for the last point the spacing before it. Shared by every format.
 * Stateless.
 */
final class Spacing {
    private Spacing() {}

    static IntensitySeries series(
            Path file, String timeField, List<RawPoint> raw, IntensityType type, String source, String zone) {
        if (raw.isEmpty()) {
            throw InvalidInputException.file(file, "contains no intensity values");
        }
        List<RawPoint> sorted = new ArrayList<>(raw);
        sorted.sort(Comparator.comparing(RawPoint::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().equals(sorted.get(i - 1).start())) {
                long first = Math.min(sorted.get(i - 1).line(), sorted.get(i).line());
                long second = Math.max(sorted.get(i - 1).line(), sorted.get(i).line());
                throw InvalidInputException.inFile(
                        file, second, timeField, sorted.get(i).start() + " appears twice (also on line " + first + ")");
            }
        }
        // Points that break a point's or the series' invariants (e.g. overlap): the file is at fault, so name it.
        return Checks.valid(file.toString(), () -> {
            List<IntensityPoint> points = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                RawPoint point = sorted.get(i);
                Duration duration =
                        point.durationOrNull() != null ? point.durationOrNull() : inferred(file, timeField, sorted, i);
                points.add(new IntensityPoint(point.start(), duration, point.gramsPerKwh()));
            }
            return new IntensitySeries(points, type, source, zone);
        });
    }

    private static Duration inferred(Path file, String timeField, List<RawPoint> sorted, int i) {
        if (sorted.size() == 1) {
            throw InvalidInputException.inFile(
                    file,
                    sorted.get(0).line(),
                    timeField,
                    "the only point has no"
                            + " duration, and with one point it cannot be inferred from the spacing: give its duration");
        }
        return i + 1 < sorted.size()
                ? Duration.between(sorted.get(i).start(), sorted.get(i + 1).start())
                : Duration.between(sorted.get(i - 1).start(), sorted.get(i).start());
    }
}
