package dev.sci4j.rules.power;

/**
 * The Teads curve: CPU power as a fraction of TDP (thermal design power, all sockets) against host CPU
 * utilisation in percent, read linearly or as a natural cubic spline between its measured points. The one
 * definition of the curve's points, used by the agent's model energy source and the calculator's
 * {@code estimate}. The curve was measured on a few Intel servers and generalises poorly to other CPUs, so a
 * figure from it is a model (accuracy class C). Stateless and thread-safe.
 */
public final class TeadsTdpCurve {
    // Source of every point: Benjamin Davy (Teads Engineering), "Estimating AWS EC2 Instances Power
    // Consumption" and "Building an AWS EC2 Carbon Emissions Dataset" (2021), as used by Impact Framework's
    // teads-curve plugin and its "Teads CPU pipeline" guide. Named one by one so help texts (annotation
    // constants) are built from them rather than retyped.

    /** Idle: 0 % utilisation draws {@value #TDP_FRACTION_IDLE} × TDP. */
    public static final int IDLE_PCT = 0;

    public static final double TDP_FRACTION_IDLE = 0.12;
    /** Light load: {@value #LIGHT_PCT} % utilisation draws {@value #TDP_FRACTION_LIGHT} × TDP. */
    public static final int LIGHT_PCT = 10;

    public static final double TDP_FRACTION_LIGHT = 0.32;
    /** Half load: {@value #HALF_PCT} % utilisation draws {@value #TDP_FRACTION_HALF} × TDP. */
    public static final int HALF_PCT = 50;

    public static final double TDP_FRACTION_HALF = 0.75;
    /** Full load: {@value #FULL_PCT} % utilisation draws {@value #TDP_FRACTION_FULL} × TDP (above TDP, as measured). */
    public static final int FULL_PCT = 100;

    public static final double TDP_FRACTION_FULL = 1.02;

    /**
     * The points for help texts and provenance: {@value}. Written without a per-cent sign because help texts
     * are format strings (picocli), where a lone one is an error.
     */
    public static final String POINTS =
            IDLE_PCT + "/" + LIGHT_PCT + "/" + HALF_PCT + "/" + FULL_PCT + " percent load -> "
                    + TDP_FRACTION_IDLE + "/" + TDP_FRACTION_LIGHT + "/" + TDP_FRACTION_HALF + "/" + TDP_FRACTION_FULL
                    + " x TDP";

    private static final double[] UTILIZATION_PCT = {IDLE_PCT, LIGHT_PCT, HALF_PCT, FULL_PCT};
    private static final double[] TDP_FRACTIONS = {
        TDP_FRACTION_IDLE, TDP_FRACTION_LIGHT, TDP_FRACTION_HALF, TDP_FRACTION_FULL
    };

    private static final PiecewiseCurve CURVE = new PiecewiseCurve(UTILIZATION_PCT, TDP_FRACTIONS);

    private TeadsTdpCurve() {}

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
}
