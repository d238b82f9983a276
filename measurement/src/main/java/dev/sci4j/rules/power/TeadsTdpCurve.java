package dev.sci4j.rules.power;

import java.util.Locale;

/**
 * The Teads curve: CPU power as a fraction of TDP (thermal design power, all sockets) against host CPU
 * utilisation in percent, read linearly or as a natural cubic spline between its measured points. The one
 * definition of the curve's points, used by the agent's model energy source and the calculator's
 * {@code estimate}. The curve was measured on a few Intel servers and generalises poorly to other CPUs, so a
 * figure from it is a model (accuracy class C). Stateless and thread-safe.
 */
public final class TeadsTdpCurve {
    /**
     * Utilisation (%) of the curve's measured points. Source: Benjamin Davy (Teads Engineering), "Estimating
     * AWS EC2 Instances Power Consumption" and "Building an AWS EC2 Carbon Emissions Dataset" (2021), as used
     * by Impact Framework's teads-curve plugin and its "Teads CPU pipeline" guide.
     */
    private static final double[] UTILIZATION_PCT = {0, 10, 50, 100};
    /**
     * Power as a fraction of TDP at {@link #UTILIZATION_PCT}: 12 %, 32 %, 75 % and 102 % of TDP. Source: as
     * {@link #UTILIZATION_PCT} (Teads/Davy; Impact Framework teads-curve).
     */
    private static final double[] TDP_FRACTIONS = {0.12, 0.32, 0.75, 1.02};

    private static final PiecewiseCurve CURVE = new PiecewiseCurve(UTILIZATION_PCT, TDP_FRACTIONS);

    private TeadsTdpCurve() {
    }

    /** The utilisation (%) of the measured points, a copy. */
    public static double[] utilizationPct() {
        return UTILIZATION_PCT.clone();
    }

    /** The fractions of TDP at {@link #utilizationPct()}, a copy. */
    public static double[] tdpFractions() {
        return TDP_FRACTIONS.clone();
    }

    /**
     * Power as a fraction of TDP at {@code utilizationPct}, straight lines between the points.
     *
     * @throws IllegalArgumentException outside 0–100 %
     */
    public static double linearTdpFraction(double utilizationPct) {
        return CURVE.linear(utilizationPct);
    }

    /**
     * Power as a fraction of TDP at {@code utilizationPct}, a natural cubic spline through the points (as in
     * Impact Framework).
     *
     * @throws IllegalArgumentException outside 0–100 %
     */
    public static double splineTdpFraction(double utilizationPct) {
        return CURVE.spline(utilizationPct);
    }

    /** The points for help texts and provenance: {@code 0/10/50/100 % load -> 0.12/0.32/0.75/1.02 x TDP}. */
    public static String points() {
        return join(UTILIZATION_PCT) + " % load -> " + join(TDP_FRACTIONS) + " x TDP";
    }

    private static String join(double[] values) {
        StringBuilder sb = new StringBuilder();
        for (double v : values) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v));
        }
        return sb.toString();
    }
}
