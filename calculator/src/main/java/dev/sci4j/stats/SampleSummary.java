package dev.sci4j.stats;

import java.util.Arrays;

/**
 * Descriptive statistics of one sample, in the sample's own unit. The standard deviation uses n − 1 (the
 * unbiased variance Welch's test needs) and is 0 for a single value. Immutable and thread-safe.
 *
 * @param count  number of values, at least 1
 * @param mean   arithmetic mean
 * @param stdDev sample standard deviation (n − 1 in the denominator)
 * @param median middle value, or the mean of the two middle values
 * @param min    smallest value
 * @param max    largest value
 */
public record SampleSummary(int count, double mean, double stdDev, double median, double min, double max) {

    public SampleSummary {
        if (count < 1) {
            throw new IllegalArgumentException("a sample summary needs at least one value");
        }
    }

    /** Summarises {@code values}; none may be NaN. */
    public static SampleSummary of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a sample summary needs at least one value");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double mean = 0;
        for (double v : sorted) {
            mean += v / n;
        }
        double squares = 0;
        for (double v : sorted) {
            squares += (v - mean) * (v - mean);
        }
        double sd = n < 2 ? 0 : Math.sqrt(squares / (n - 1));
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new SampleSummary(n, mean, sd, median, sorted[0], sorted[n - 1]);
    }

    /** s² / n: the squared standard error of the mean. */
    public double varianceOfMean() {
        return stdDev * stdDev / count;
    }
}
