package dev.sci4j.benchmarks.report;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;

/**
 * One load-benchmark figure over interleaved pairs of runs (baseline i, agent i): each pair's ratio or
 * difference, their median, and the range from the smallest to the largest pair value. That range is a
 * distribution-free confidence interval for the median pair value at level 1 − 2^(1−n) (93.75 % for 5 pairs,
 * 50 % for 2): all n pairs fall on one side of the median with probability 2 × 2^−n. A target is judged
 * <em>met</em> only when the whole interval meets it, <em>missed</em> only when the whole interval misses it,
 * and <em>inconclusive</em> otherwise: the runs' spread is then wider than the margin being judged, and more
 * pairs or a quieter machine are needed. Immutable.
 */
record Paired(double[] pairValues, double median, double low, double high, double confidence) {
    /** Per-pair {@code combine(agent, baseline)}, e.g. {@code (a, b) -> a / b}. */
    static Paired of(double[] baseline, double[] agent, DoubleBinaryOperator combine) {
        if (baseline.length != agent.length || baseline.length == 0) {
            throw new IllegalArgumentException("need equally many baseline and agent runs, at least one");
        }
        double[] values = new double[baseline.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = combine.applyAsDouble(agent[i], baseline[i]);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Paired(values, median, sorted[0], sorted[n - 1], 1 - Math.pow(2, 1 - n));
    }

    /** TRUE when the whole interval meets the target, FALSE when the whole interval misses it, else null. */
    Boolean verdict(double target, boolean atMost) {
        return verdict(low, high, target, atMost);
    }

    /** The same rule for any interval {@code [low, high]}. */
    static Boolean verdict(double low, double high, double target, boolean atMost) {
        boolean allMeet = atMost ? high <= target : low >= target;
        boolean allMiss = atMost ? low > target : high < target;
        return allMeet ? Boolean.TRUE : allMiss ? Boolean.FALSE : null;
    }
}
