package dev.sci4j.stats;

/**
 * The regularised incomplete beta function I_x(a, b), evaluated by its continued fraction (modified Lentz,
 * as in Numerical Recipes §6.4) with the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) so the fraction always
 * converges quickly. Stateless and thread-safe.
 */
final class IncompleteBeta {
    private static final int MAX_ITERATIONS = 10_000;
    private static final double EPSILON = 1e-15;
    /** Keeps Lentz's denominators away from zero. */
    private static final double TINY = 1e-300;

    private static final double[] LANCZOS = {
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7
    };

    private IncompleteBeta() {}

    /** I_x(a, b) for a, b &gt; 0 and 0 ≤ x ≤ 1. */
    static double regularised(double x, double a, double b) {
        if (!(a > 0) || !(b > 0) || !(x >= 0) || !(x <= 1)) {
            throw new IllegalArgumentException(
                    "incomplete beta needs a, b > 0 and 0 <= x <= 1, got x=" + x + " a=" + a + " b=" + b);
        }
        if (x == 0 || x == 1) {
            return x;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        // The continued fraction converges fastest below the mean of the beta distribution.
        if (x < (a + 1) / (a + b + 2)) {
            return front * continuedFraction(x, a, b) / a;
        }
        return 1 - front * continuedFraction(1 - x, b, a) / b;
    }

    private static double continuedFraction(double x, double a, double b) {
        double c = 1;
        double d = nonZero(1 - (a + b) * x / (a + 1));
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / nonZero(1 + even * d);
            c = nonZero(1 + even / c);
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / nonZero(1 + odd * d);
            c = nonZero(1 + odd / c);
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                return h;
            }
        }
        throw new ArithmeticException("incomplete beta did not converge for x=" + x + " a=" + a + " b=" + b);
    }

    private static double nonZero(double v) {
        return Math.abs(v) < TINY ? TINY : v;
    }

    /** ln Γ(z) for z &gt; 0 by the Lanczos approximation (g = 7, 9 terms; about 15 significant digits). */
    static double logGamma(double z) {
        if (z < 0.5) {
            // Reflection: Γ(z) Γ(1 − z) = π / sin(πz).
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * z))) - logGamma(1 - z);
        }
        double zm1 = z - 1;
        double sum = 0.99999999999980993;
        for (int i = 0; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (zm1 + i + 1);
        }
        double t = zm1 + LANCZOS.length - 0.5;
        return 0.5 * Math.log(2 * Math.PI) + (zm1 + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
