package dev.sci4j.stats;

/**
 * Welch's unequal-variance t-test of whether sample A's mean exceeds sample B's mean scaled by a factor:
 * H0: μ_A ≤ k·μ_B against H1: μ_A &gt; k·μ_B. With k = 1 + threshold this asks "is the regression larger than
 * the threshold, beyond noise?", so a true change within the threshold is significant at most alpha of the time. Scaling B by k
 * scales its standard deviation by k. Degrees of freedom by Welch–Satterthwaite. Stateless and thread-safe.
 */
public final class Welch {
    private Welch() {}

    /**
     * @param a     the new sample (e.g. this build's repetitions), at least 2 values
     * @param b     the reference sample (the baseline), at least 2 values
     * @param scale k &gt; 0, applied to B's values
     */
    public static WelchResult greaterThanScaled(SampleSummary a, SampleSummary b, double scale) {
        if (a.count() < 2 || b.count() < 2) {
            throw new IllegalArgumentException(
                    "Welch's t-test needs at least 2 values on each side, got " + a.count() + " and " + b.count());
        }
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be greater than zero, got " + scale);
        }
        double difference = a.mean() - scale * b.mean();
        double varA = a.varianceOfMean();
        double varB = scale * scale * b.varianceOfMean();
        double se = Math.sqrt(varA + varB);
        if (se == 0) {
            // Both samples constant: the difference is exact, so it is either certainly positive or not at all.
            return new WelchResult(difference, 0, Double.NaN, Double.NaN, difference > 0 ? 0 : 1);
        }
        double df = (varA + varB) * (varA + varB) / (varA * varA / (a.count() - 1) + varB * varB / (b.count() - 1));
        double t = difference / se;
        return new WelchResult(difference, se, t, df, new StudentT(df).upperTail(t));
    }
}
