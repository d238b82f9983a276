package dev.sci4j.stats;

/**
 * The outcome of {@link Welch#greaterThanScaled}. Quantities are in the samples' unit. Immutable.
 *
 * @param difference     mean(A) − k·mean(B)
 * @param standardError  standard error of that difference; 0 when both samples are constant
 * @param t              the t statistic (NaN when the standard error is 0)
 * @param df             Welch–Satterthwaite degrees of freedom (NaN when the standard error is 0)
 * @param pValue         one-sided p-value for H1: mean(A) &gt; k·mean(B)
 */
public record WelchResult(double difference, double standardError, double t, double df, double pValue) {

    /** Whether H0 is rejected at significance level {@code alpha}. */
    public boolean significantAt(double alpha) {
        return pValue < alpha;
    }

    /**
     * Half-width of the two-sided (1 − alpha) confidence interval of the difference, in the samples' unit;
     * 0 when the difference is exact.
     */
    public double confidenceHalfWidth(double alpha) {
        if (standardError == 0) {
            return 0;
        }
        return new StudentT(df).quantile(1 - alpha / 2) * standardError;
    }
}
