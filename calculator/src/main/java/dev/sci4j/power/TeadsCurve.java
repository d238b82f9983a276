package dev.sci4j.power;

import dev.sci4j.input.Checks;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Units;
import java.time.Duration;

/**
 * CPU power as a fraction of TDP (thermal design power) against CPU utilisation, the Teads curve. Used when
 * software is measured without the agent (SCI "calculation" method): energy = TDP × fraction(utilisation) ×
 * duration. Utilisation is in percent (0–100), TDP in watts, energy in {@link Energy}. The curve was measured
 * on a few Intel servers and generalises poorly to other CPUs, so a report should disclose it as a model.
 * Immutable and thread-safe.
 */
public final class TeadsCurve {
    /**
     * Utilisation (%) of the Teads curve's measured points. Source: Benjamin Davy (Teads Engineering),
     * "Estimating AWS EC2 Instances Power Consumption" and "Building an AWS EC2 Carbon Emissions Dataset"
     * (2021), as used by Impact Framework's teads-curve plugin and its "Teads CPU pipeline" guide.
     */
    private static final double[] STANDARD_UTILIZATION_PCT = {0, 10, 50, 100};
    /**
     * Power as a fraction of TDP at {@link #STANDARD_UTILIZATION_PCT}: 12 %, 32 %, 75 % and 102 % of TDP.
     * Source: as {@link #STANDARD_UTILIZATION_PCT} (Teads/Davy; Impact Framework teads-curve).
     */
    private static final double[] STANDARD_TDP_FRACTIONS = {0.12, 0.32, 0.75, 1.02};

    private static final TeadsCurve STANDARD = new TeadsCurve(STANDARD_UTILIZATION_PCT, STANDARD_TDP_FRACTIONS);

    private final PiecewiseCurve curve;

    private TeadsCurve(double[] utilizationPct, double[] tdpFractions) {
        this.curve = new PiecewiseCurve(utilizationPct, tdpFractions);
    }

    /** The published Teads curve: 0/10/50/100 % utilisation → 0.12/0.32/0.75/1.02 × TDP. */
    public static TeadsCurve standard() {
        return STANDARD;
    }

    /** Power as a fraction of TDP at {@code utilizationPct} (0–100), read with {@code interpolation}. */
    public double tdpFraction(double utilizationPct, Interpolation interpolation) {
        Utilization.checkPercent(utilizationPct);
        Checks.present(interpolation, "interpolation");
        return interpolation == Interpolation.SPLINE ? curve.spline(utilizationPct) : curve.linear(utilizationPct);
    }

    /** CPU power in watts for a CPU of {@code tdpWatts} at {@code utilizationPct}. */
    public double watts(double tdpWatts, double utilizationPct, Interpolation interpolation) {
        Checks.nonNegative(tdpWatts, "TDP (W)");
        return tdpWatts * tdpFraction(utilizationPct, interpolation);
    }

    /** Energy of the whole CPU (all its vCPUs) at a constant utilisation over {@code duration}. */
    public Energy energy(double tdpWatts, double utilizationPct, Duration duration, Interpolation interpolation) {
        Checks.present(duration, "duration");
        return Energy.ofJoules(watts(tdpWatts, utilizationPct, interpolation) * Units.seconds(duration));
    }

    /** The share of {@link #energy} belonging to the vCPUs allocated to the software. */
    public Energy energy(double tdpWatts, double utilizationPct, Duration duration, Interpolation interpolation,
            VcpuShare share) {
        Checks.present(share, "vCPU share");
        return energy(tdpWatts, utilizationPct, duration, interpolation).times(share.fraction());
    }
}
