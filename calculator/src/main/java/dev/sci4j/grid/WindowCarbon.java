package dev.sci4j.grid;

import dev.sci4j.input.InvalidInputException;
import dev.sci4j.units.Carbon;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Intensity;
import dev.sci4j.units.Invariants;
import dev.sci4j.units.Units;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Operational carbon over a window from energy intervals and an intensity series: O = Σ E_t × I_t, not
 * mean E × mean I. Each interval's energy is split across the points it overlaps in proportion to the
 * overlap (uniform power within the interval); overlaps are exact, in nanoseconds. Stateless and thread-safe.
 *
 * <p>Splitting is written once ({@link #split}) and reports each part through a primitive callback, so
 * {@link #compute} sums a million agent samples without allocating per part, while {@link #parts} builds
 * the itemised breakdown when one is wanted.
 */
public final class WindowCarbon {
    private static final Comparator<EnergyInterval> ORDER = Comparator.comparing(EnergyInterval::start)
            .thenComparing(EnergyInterval::end)
            .thenComparingDouble(interval -> interval.energy().joules());

    private WindowCarbon() {}

    /**
     * @param intervals      energy per interval; may overlap each other (several machines), not empty
     * @param fallbackOrNull the intensity for time the series does not cover; null makes such time an error
     * @throws InvalidInputException naming the interval and the series' coverage when part of an interval is
     *                               not covered and no fallback is given
     */
    public static WindowCarbonResult compute(
            List<EnergyInterval> intervals, IntensitySeries series, Intensity fallbackOrNull) {
        Totals totals = new Totals();
        split(intervals, series, fallbackOrNull, totals);
        return new WindowCarbonResult(
                Carbon.ofGrams(totals.grams.value()),
                Energy.ofJoules(totals.joules.value()),
                Energy.ofJoules(totals.fallbackJoules.value()));
    }

    /** Each interval's share per intensity point (and at the fallback), ordered by interval, then time. */
    public static List<WindowCarbonPart> parts(
            List<EnergyInterval> intervals, IntensitySeries series, Intensity fallbackOrNull) {
        List<WindowCarbonPart> parts = new ArrayList<>();
        split(
                intervals,
                series,
                fallbackOrNull,
                (fromNanos, toNanos, joules, gramsPerKwh, fallback) -> parts.add(new WindowCarbonPart(
                        instant(fromNanos),
                        instant(toNanos),
                        Energy.ofJoules(joules),
                        Intensity.ofGramsPerKwh(gramsPerKwh),
                        fallback)));
        return parts;
    }

    /** Receives one part of one interval: [fromNanos, toNanos) since the epoch, its joules and intensity. */
    @FunctionalInterface
    private interface PartSink {
        void accept(long fromNanos, long toNanos, double joules, double gramsPerKwh, boolean fallback);
    }

    private static void split(
            List<EnergyInterval> intervals, IntensitySeries series, Intensity fallback, PartSink sink) {
        Invariants.present(intervals, "energy intervals");
        Invariants.present(series, "intensity series");
        if (intervals.isEmpty()) {
            throw new InvalidInputException("no energy intervals were given: O = Σ E_t × I_t needs at least one");
        }
        Points points = new Points(series);
        for (EnergyInterval interval : inOrder(intervals)) {
            splitOne(interval, points, series, fallback, sink);
        }
    }

    /** Sorting makes the result independent of input order, down to the last bit of the sums. */
    private static List<EnergyInterval> inOrder(List<EnergyInterval> intervals) {
        for (int i = 1; i < intervals.size(); i++) {
            if (ORDER.compare(intervals.get(i - 1), intervals.get(i)) > 0) {
                List<EnergyInterval> sorted = new ArrayList<>(intervals);
                sorted.sort(ORDER);
                return sorted;
            }
        }
        return intervals;
    }

    private static void splitOne(
            EnergyInterval interval, Points points, IntensitySeries series, Intensity fallback, PartSink sink) {
        long start = nanos(interval.start(), interval);
        long end = nanos(interval.end(), interval);
        long total = end - start;
        double joules = interval.energy().joules();
        long cursor = start;
        for (int i = points.firstEndingAfter(start); i < points.size() && points.start[i] < end; i++) {
            long from = Math.max(start, points.start[i]);
            long to = Math.min(end, points.end[i]);
            if (from > cursor) {
                uncovered(interval, cursor, from, total, joules, series, fallback, sink);
            }
            sink.accept(from, to, share(joules, to - from, total), points.gramsPerKwh[i], false);
            cursor = to;
        }
        if (cursor < end) {
            uncovered(interval, cursor, end, total, joules, series, fallback, sink);
        }
    }

    private static void uncovered(
            EnergyInterval interval,
            long from,
            long to,
            long total,
            double joules,
            IntensitySeries series,
            Intensity fallback,
            PartSink sink) {
        if (fallback == null) {
            throw new InvalidInputException("energy interval " + interval.describe() + " is not fully covered by"
                    + " the intensity series from " + series.source() + " (no intensity for " + instant(from) + "–"
                    + instant(to) + "; the series covers " + series.coverage() + "): give a series that covers it or"
                    + " declare a fallback intensity");
        }
        sink.accept(from, to, share(joules, to - from, total), fallback.gramsPerKwh(), true);
    }

    /** The interval's energy over {@code overlap} of its {@code total} nanoseconds, at uniform power. */
    private static double share(double joules, long overlap, long total) {
        return overlap == total ? joules : joules * ((double) overlap / total);
    }

    private static long nanos(Instant instant, EnergyInterval interval) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
        } catch (ArithmeticException e) {
            throw new InvalidInputException("energy interval " + interval.describe() + " lies outside the years"
                    + " 1677–2262 that nanosecond arithmetic covers");
        }
    }

    private static Instant instant(long epochNanos) {
        return Instant.ofEpochSecond(
                Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
    }

    /** The series as parallel primitive arrays: sorted, non-overlapping, in epoch nanoseconds. */
    private static final class Points {
        final long[] start;
        final long[] end;
        final double[] gramsPerKwh;

        Points(IntensitySeries series) {
            List<IntensityPoint> points = series.points();
            start = new long[points.size()];
            end = new long[points.size()];
            gramsPerKwh = new double[points.size()];
            for (int i = 0; i < points.size(); i++) {
                IntensityPoint p = points.get(i);
                start[i] = epochNanos(p.start());
                end[i] = epochNanos(p.end());
                gramsPerKwh[i] = p.gramsPerKwh();
            }
        }

        int size() {
            return start.length;
        }

        /** Index of the first point ending after {@code nanos}. */
        int firstEndingAfter(long nanos) {
            int low = 0;
            int high = end.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (end[mid] > nanos) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            return low;
        }

        private static long epochNanos(Instant instant) {
            try {
                return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
            } catch (ArithmeticException e) {
                throw new InvalidInputException("intensity point at " + instant + " lies outside the years 1677–2262"
                        + " that nanosecond arithmetic covers");
            }
        }
    }

    /** Sums the parts; Neumaier summation keeps a million small parts from drifting. */
    private static final class Totals implements PartSink {
        final CompensatedSum grams = new CompensatedSum();
        final CompensatedSum joules = new CompensatedSum();
        final CompensatedSum fallbackJoules = new CompensatedSum();

        @Override
        public void accept(long fromNanos, long toNanos, double partJoules, double gramsPerKwh, boolean fallback) {
            grams.add(Units.joulesToKwh(partJoules) * gramsPerKwh);
            joules.add(partJoules);
            if (fallback) {
                fallbackJoules.add(partJoules);
            }
        }
    }

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
