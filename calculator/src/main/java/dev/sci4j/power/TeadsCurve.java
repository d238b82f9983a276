package dev.sci4j.power;

import dev.sci4j.rules.power.TeadsTdpCurve;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Invariants;
import dev.sci4j.units.Units;
import java.time.Duration;

/**
 * CPU power as a fraction of TDP (thermal design power) against CPU utilisation, the Teads curve. Used when
 * software is measured without the agent (SCI "calculation" method): energy = TDP × fraction(utilisation) ×
 * duration. Utilisation is in percent (0–100), TDP in watts, energy in {@link Energy}. A typed wrapper over
 * the one definition of the curve and its sources, {@link TeadsTdpCurve}, shared with the agent. The curve was
 * measured on a few Intel servers and generalises poorly to other CPUs, so a report should disclose it as a
 * model. Immutable and thread-safe.
 */
public final class TeadsCurve {
    private static final TeadsCurve STANDARD = new TeadsCurve();

    private TeadsCurve() {}

    /** The published Teads curve, {@link TeadsTdpCurve#POINTS}. */
    public static TeadsCurve standard() {
        return STANDARD;
    }

    /** Power as a fraction of TDP at {@code utilizationPct} (0–100), read with {@code interpolation}. */
    public double tdpFraction(double utilizationPct, Interpolation interpolation) {
        Utilization.checkPercent(utilizationPct);
        Invariants.present(interpolation, "interpolation");
        return interpolation == Interpolation.SPLINE
                ? TeadsTdpCurve.splineTdpFraction(utilizationPct)
                : TeadsTdpCurve.linearTdpFraction(utilizationPct);
    }

    /** CPU power in watts for a CPU of {@code tdpWatts} at {@code utilizationPct}. */
    public double watts(double tdpWatts, double utilizationPct, Interpolation interpolation) {
        Invariants.nonNegative(tdpWatts, "TDP (W)");
        return tdpWatts * tdpFraction(utilizationPct, interpolation);
    }

    /** Energy of the whole CPU (all its vCPUs) at a constant utilisation over {@code duration}. */
    public Energy energy(double tdpWatts, double utilizationPct, Duration duration, Interpolation interpolation) {
        Invariants.present(duration, "duration");
        return Energy.ofJoules(watts(tdpWatts, utilizationPct, interpolation) * Units.seconds(duration));
    }

    /** The share of {@link #energy} belonging to the vCPUs allocated to the software. */
    public Energy energy(
            double tdpWatts, double utilizationPct, Duration duration, Interpolation interpolation, VcpuShare share) {
        Invariants.present(share, "vCPU share");
        return energy(tdpWatts, utilizationPct, duration, interpolation).times(share.fraction());
    }
}
