package dev.sci4j.prometheus;

import dev.sci4j.input.InvalidInputException;

/**
 * The increase of one counter series over each step of a {@link RangeGrid}, from raw values at the evaluation
 * times. Unlike PromQL's {@code increase()}, nothing is extrapolated to the edges of a step, so the steps add up
 * to exactly what the counter counted. Stateless.
 *
 * <p>Rules, as Prometheus' own counter semantics:
 * <ul>
 *   <li>the value at the window's start is the baseline; what was counted before it is not in the window;</li>
 *   <li>a value lower than the last one is a reset: the process restarted, so the new value was counted from zero;</li>
 *   <li>a series that first appears after the window's start belongs to a process that started in the window
 *       (counters start at zero), so its first value counts in full;</li>
 *   <li>a gap (no value at some evaluations, e.g. missed scrapes) ends at the next value, and the whole increase
 *       is given to the step where the value reappears.</li>
 * </ul>
 */
public final class CounterIncreases {
    private CounterIncreases() {}

    /**
     * @return an array of {@code grid.points()} increases; element {@code i ≥ 1} is the increase over
     *         {@code (at(i-1), at(i)]}, element 0 is always zero
     */
    public static double[] perStep(RangeSeries series, RangeGrid grid, String query) {
        Double[] values = valuesAtPoints(series, grid, query);
        double[] increases = new double[values.length];
        Double last = null;
        for (int i = 0; i < values.length; i++) {
            Double v = values[i];
            if (v == null) {
                continue;
            }
            if (i > 0) {
                increases[i] = last == null || v < last ? v : v - last;
            }
            last = v;
        }
        return increases;
    }

    /** Whether the series had a value at each evaluation time. */
    public static boolean[] present(RangeSeries series, RangeGrid grid, String query) {
        Double[] values = valuesAtPoints(series, grid, query);
        boolean[] present = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            present[i] = values[i] != null;
        }
        return present;
    }

    private static Double[] valuesAtPoints(RangeSeries series, RangeGrid grid, String query) {
        Double[] values = new Double[grid.points()];
        for (RangeSeries.Sample s : series.samples()) {
            int index = grid.indexOf(s.time());
            if (index < 0) {
                throw new InvalidInputException("the query " + query + " returned a value at " + s.time()
                        + ", which is not one of the evaluation times from " + grid.start() + " every " + grid.step());
            }
            if (Double.isNaN(s.value()) || Double.isInfinite(s.value()) || s.value() < 0) {
                throw new InvalidInputException("the query " + query + " returned " + s.value() + " at " + s.time()
                        + " for " + series.labels() + ": a counter is finite and never negative");
            }
            values[index] = s.value();
        }
        return values;
    }
}
