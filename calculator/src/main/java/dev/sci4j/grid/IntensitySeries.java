package dev.sci4j.grid;

import dev.sci4j.units.Invariants;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A grid intensity time series for one zone, of one {@link IntensityType}, from one source. Points are kept
 * sorted by start whatever order they came in; they may leave gaps but never overlap. Immutable and
 * thread-safe.
 *
 * @param points the values, gCO2e/kWh each
 * @param type   average or marginal
 * @param source where the values came from, for the report (e.g. "watttime co2_moer from moer.json")
 * @param zone   the grid zone or region the file names, or null when the file does not name one
 */
public record IntensitySeries(List<IntensityPoint> points, IntensityType type, String source, String zone) {
    /** How many covered ranges {@link #coverage()} lists before it stops. */
    private static final int COVERAGE_RANGES_SHOWN = 5;

    public IntensitySeries {
        Invariants.present(points, "intensity points");
        Invariants.present(type, "intensity type");
        Invariants.present(source, "intensity source");
        if (points.isEmpty()) {
            throw new IllegalArgumentException("intensity series from " + source + " has no points");
        }
        List<IntensityPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparing(IntensityPoint::start));
        for (int i = 1; i < sorted.size(); i++) {
            IntensityPoint previous = sorted.get(i - 1);
            IntensityPoint current = sorted.get(i);
            if (previous.start().equals(current.start())) {
                throw new IllegalArgumentException(
                        "intensity series from " + source + " has two points starting at " + current.start());
            }
            if (previous.end().isAfter(current.start())) {
                throw new IllegalArgumentException("intensity series from " + source + ": the point at "
                        + previous.start() + " lasts until " + previous.end() + ", overlapping the point at "
                        + current.start());
            }
        }
        points = List.copyOf(sorted);
    }

    /** The start of the first point. */
    public Instant start() {
        return points.get(0).start();
    }

    /** The exclusive end of the last point. */
    public Instant end() {
        return points.get(points.size() - 1).end();
    }

    /** The covered time as contiguous ranges, e.g. "2024-01-01T00:00:00Z–2024-01-02T00:00:00Z", for messages. */
    public String coverage() {
        List<String> ranges = new ArrayList<>();
        Instant rangeStart = start();
        Instant rangeEnd = points.get(0).end();
        int total = 0;
        for (IntensityPoint point : points.subList(1, points.size())) {
            if (point.start().equals(rangeEnd)) {
                rangeEnd = point.end();
                continue;
            }
            total++;
            if (ranges.size() < COVERAGE_RANGES_SHOWN) {
                ranges.add(rangeStart + "–" + rangeEnd);
            }
            rangeStart = point.start();
            rangeEnd = point.end();
        }
        total++;
        if (ranges.size() < COVERAGE_RANGES_SHOWN) {
            ranges.add(rangeStart + "–" + rangeEnd);
        }
        String shown = String.join(", ", ranges);
        return total > ranges.size() ? shown + " and " + (total - ranges.size()) + " more ranges" : shown;
    }
}
