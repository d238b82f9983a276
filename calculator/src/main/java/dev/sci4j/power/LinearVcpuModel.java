package dev.sci4j.power;

import dev.sci4j.rules.power.CcfCoefficients;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Invariants;
import dev.sci4j.units.Units;
import java.time.Duration;

/**
 * Cloud Carbon Footprint's compute model: each vCPU draws {@code min + u × (max − min)} watts at utilisation
 * u (0–1), so watts = vCPUs × (min + u × (max − min)). Coefficients in watts per vCPU. Immutable and
 * thread-safe. A typed wrapper over the shared model, {@link CcfCoefficients}.
 *
 * @param minWattsPerVcpu power of one vCPU when idle, W
 * @param maxWattsPerVcpu power of one vCPU at full load, W, at least {@code minWattsPerVcpu}
 */
public record LinearVcpuModel(double minWattsPerVcpu, double maxWattsPerVcpu) {
    /** Idle watts per vCPU when the CPU is unknown; value and source: {@link CcfCoefficients}. */
    public static final double UNKNOWN_CPU_MIN_WATTS_PER_VCPU = CcfCoefficients.UNKNOWN_CPU_MIN_WATTS_PER_VCPU;
    /** Full-load watts per vCPU when the CPU is unknown; value and source: {@link CcfCoefficients}. */
    public static final double UNKNOWN_CPU_MAX_WATTS_PER_VCPU = CcfCoefficients.UNKNOWN_CPU_MAX_WATTS_PER_VCPU;

    public LinearVcpuModel {
        Invariants.nonNegative(minWattsPerVcpu, "minimum watts per vCPU");
        Invariants.nonNegative(maxWattsPerVcpu, "maximum watts per vCPU");
        if (minWattsPerVcpu > maxWattsPerVcpu) {
            throw new IllegalArgumentException("minimum watts per vCPU (" + minWattsPerVcpu
                    + ") must not exceed maximum watts per vCPU (" + maxWattsPerVcpu + ")");
        }
    }

    /** CCF's AWS averages per vCPU, idle and at full load, for when the CPU is not known. */
    public static LinearVcpuModel unknownCpu() {
        return new LinearVcpuModel(UNKNOWN_CPU_MIN_WATTS_PER_VCPU, UNKNOWN_CPU_MAX_WATTS_PER_VCPU);
    }

    /** Power in watts of {@code vcpus} vCPUs at {@code utilizationPct} (0–100). */
    public double watts(double vcpus, double utilizationPct) {
        Invariants.nonNegative(vcpus, "vCPUs");
        double u = Utilization.fraction(utilizationPct);
        return CcfCoefficients.computeWatts(vcpus, minWattsPerVcpu, maxWattsPerVcpu, u);
    }

    /** Energy of {@code vcpus} vCPUs at a constant utilisation over {@code duration}. */
    public Energy energy(double vcpus, double utilizationPct, Duration duration) {
        Invariants.present(duration, "duration");
        return Energy.ofJoules(watts(vcpus, utilizationPct) * Units.seconds(duration));
    }
}
