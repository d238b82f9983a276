package dev.sci4j.grid;

import dev.sci4j.input.Checks;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.units.Carbon;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Intensity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Operational carbon over a window from energy intervals and an intensity series: O = Σ E_t × I_t, not
 * mean E × mean I. Each interval's energy is split across the points it overlaps in proportion to the
 * overlap (uniform power within the interval); overlaps are exact {@link Duration}s in nanoseconds.
 * Stateless and thread-safe.
 */
public final class WindowCarbon {
    private static final Comparator<EnergyInterval> ORDER = Comparator.comparing(EnergyInterval::start)
            .thenComparing(EnergyInterval::end)
            .thenComparingDouble(interval -> interval.energy().joules());

    private WindowCarbon() {
    }

    /**
     * @param intervals      energy per interval; may overlap each other (several machines), not empty
     * @param fallbackOrNull the intensity for time the series does not cover; null makes such time an error
     * @throws InvalidInputException naming the interval and the series' coverage when part of an interval is
     *                               not covered and no fallback is given
     */
    public static WindowCarbonResult compute(List<EnergyInterval> intervals, IntensitySeries series, Intensity fallbackOrNull) {
        Checks.present(intervals, "energy intervals");
        Checks.present(series, "intensity series");
        if (intervals.isEmpty()) {
            throw new InvalidInputException("no energy intervals were given: O = Σ E_t × I_t needs at least one");
        }
        // Sorting makes the result independent of input order, down to the last bit of the sums.
        List<EnergyInterval> sorted = new ArrayList<>(intervals);
        sorted.sort(ORDER);
        List<WindowCarbonPart> parts = new ArrayList<>();
        for (EnergyInterval interval : sorted) {
            split(interval, series, fallbackOrNull, parts);
        }
        CompensatedSum grams = new CompensatedSum();
        CompensatedSum joules = new CompensatedSum();
        CompensatedSum fallbackJoules = new CompensatedSum();
        for (WindowCarbonPart part : parts) {
            grams.add(part.carbon().grams());
            if (part.fallback()) {
                fallbackJoules.add(part.energy().joules());
            }
        }
        sorted.forEach(interval -> joules.add(interval.energy().joules()));
        return new WindowCarbonResult(Carbon.ofGrams(grams.value()), Energy.ofJoules(joules.value()),
                Energy.ofJoules(fallbackJoules.value()), parts);
    }

    private static void split(EnergyInterval interval, IntensitySeries series, Intensity fallback,
                              List<WindowCarbonPart> parts) {
        List<IntensityPoint> points = series.points();
        long total = nanos(interval.duration(), interval);
        Instant cursor = interval.start();
        for (int i = firstEndingAfter(points, interval.start());
             i < points.size() && points.get(i).start().isBefore(interval.end()); i++) {
            IntensityPoint point = points.get(i);
            Instant from = max(interval.start(), point.start());
            Instant to = min(interval.end(), point.end());
            if (from.isAfter(cursor)) {
                parts.add(uncovered(interval, cursor, from, total, series, fallback));
            }
            parts.add(new WindowCarbonPart(from, to, share(interval, from, to, total), point.intensity(), false));
            cursor = to;
        }
        if (cursor.isBefore(interval.end())) {
            parts.add(uncovered(interval, cursor, interval.end(), total, series, fallback));
        }
    }

    private static WindowCarbonPart uncovered(EnergyInterval interval, Instant from, Instant to, long total,
                                              IntensitySeries series, Intensity fallback) {
        if (fallback == null) {
            throw new InvalidInputException("energy interval " + interval.describe() + " is not fully covered by"
                    + " the intensity series from " + series.source() + " (no intensity for " + from + "–" + to
                    + "; the series covers " + series.coverage() + "): give a series that covers it or declare a"
                    + " fallback intensity");
        }
        return new WindowCarbonPart(from, to, share(interval, from, to, total), fallback, true);
    }

    /** The interval's energy in {@code [from, to)} at uniform power. */
    private static Energy share(EnergyInterval interval, Instant from, Instant to, long totalNanos) {
        long overlap = nanos(Duration.between(from, to), interval);
        return overlap == totalNanos ? interval.energy() : interval.energy().times((double) overlap / totalNanos);
    }

    /** Index of the first point ending after {@code instant}; points are sorted and do not overlap. */
    private static int firstEndingAfter(List<IntensityPoint> points, Instant instant) {
        int low = 0;
        int high = points.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (points.get(mid).end().isAfter(instant)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private static long nanos(Duration duration, EnergyInterval interval) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException e) {
            throw new InvalidInputException("energy interval " + interval.describe() + " is longer than the"
                    + " about 292 years nanosecond arithmetic allows: split it");
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Neumaier summation: many small parts add up without drifting. */
    private static final class CompensatedSum {
        private double sum;
        private double compensation;

        void add(double value) {
            double t = sum + value;
            compensation += Math.abs(sum) >= Math.abs(value) ? (sum - t) + value : (value - t) + sum;
            sum = t;
        }

        double value() {
            return sum + compensation;
        }
    }
}
