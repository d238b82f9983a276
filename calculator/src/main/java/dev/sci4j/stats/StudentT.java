package dev.sci4j.stats;

/**
 * Student's t distribution with {@code df} degrees of freedom (real-valued, as Welch's test produces).
 * The CDF comes from the regularised incomplete beta function: for t &gt; 0,
 * P(T ≤ t) = 1 − ½ I_{df/(df+t²)}(df/2, ½). Immutable and thread-safe.
 *
 * @param df degrees of freedom, greater than zero
 */
public record StudentT(double df) {
    private static final int BISECTION_STEPS = 200;

    public StudentT {
        if (!(df > 0) || Double.isInfinite(df)) {
            throw new IllegalArgumentException("degrees of freedom must be a positive finite number, got " + df);
        }
    }

    /** P(T ≤ t). */
    public double cdf(double t) {
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        if (Double.isInfinite(t)) {
            return t > 0 ? 1 : 0;
        }
        double tail = 0.5 * IncompleteBeta.regularised(df / (df + t * t), df / 2, 0.5);
        return t > 0 ? 1 - tail : tail;
    }

    /** P(T &gt; t), computed without the cancellation of {@code 1 - cdf(t)} for large t. */
    public double upperTail(double t) {
        return cdf(-t);
    }

    /**
     * The t with P(T ≤ t) = p, for 0 &lt; p &lt; 1, by bisection on the CDF (monotone, so bisection cannot miss;
     * 200 halvings reach double precision from any bracket).
     */
    public double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("quantile needs 0 < p < 1, got " + p);
        }
        if (p < 0.5) {
            return -quantile(1 - p);
        }
        double lo = 0;
        double hi = 1;
        while (cdf(hi) < p) {
            lo = hi;
            hi *= 2;
        }
        for (int i = 0; i < BISECTION_STEPS && hi - lo > Math.ulp(hi); i++) {
            double mid = (lo + hi) / 2;
            if (cdf(mid) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
