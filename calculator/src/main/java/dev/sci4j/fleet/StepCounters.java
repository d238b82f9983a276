package dev.sci4j.fleet;

import dev.sci4j.prometheus.CounterIncreases;
import dev.sci4j.prometheus.RangeGrid;
import dev.sci4j.prometheus.RangeSeries;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Per-step increases of counter series summed by a key (an instance, a unit): resets are handled per series
 * before summing, as they must be (one component restarting says nothing about the others). Stateless.
 */
final class StepCounters {
    private StepCounters() {}

    /** Increase per step ({@link CounterIncreases#perStep}) summed over the series sharing a key, keys sorted. */
    static Map<String, double[]> sumBy(
            List<RangeSeries> series, RangeGrid grid, String query, Function<RangeSeries, String> key) {
        Map<String, double[]> sums = new TreeMap<>();
        for (RangeSeries s : series) {
            double[] increases = CounterIncreases.perStep(s, grid, query);
            double[] sum = sums.computeIfAbsent(key.apply(s), k -> new double[grid.points()]);
            for (int i = 0; i < increases.length; i++) {
                sum[i] += increases[i];
            }
        }
        return sums;
    }

    /** Whether any series of a key had a value at each evaluation time. */
    static Map<String, boolean[]> presentBy(
            List<RangeSeries> series, RangeGrid grid, String query, Function<RangeSeries, String> key) {
        Map<String, boolean[]> present = new TreeMap<>();
        for (RangeSeries s : series) {
            boolean[] p = CounterIncreases.present(s, grid, query);
            boolean[] any = present.computeIfAbsent(key.apply(s), k -> new boolean[grid.points()]);
            for (int i = 0; i < p.length; i++) {
                any[i] |= p[i];
            }
        }
        return present;
    }

    static double total(double[] perStep) {
        double sum = 0;
        for (double v : perStep) {
            sum += v;
        }
        return sum;
    }
}
