package dev.sci4j.agent.energy;

import dev.sci4j.rules.power.CcfCoefficients;
import dev.sci4j.rules.power.TeadsTdpCurve;

/**
 * Machine CPU power as a function of host CPU utilisation. Implementations are immutable and thread-safe. The
 * models and their coefficients are defined once, in {@code dev.sci4j.rules.power}, shared with the calculator.
 */
public interface CpuPowerModel {
    /** Power in watts at a utilisation from 0 to 1 (host-wide busy ratio). */
    double watts(double utilisation);

    /** Human-readable parameters for the provenance detail. */
    String describe();

    /**
     * The Teads curve ({@link TeadsTdpCurve}), read linearly between its points.
     *
     * @param tdpWatts the CPU's thermal design power (all sockets), watts
     */
    static CpuPowerModel teadsCurve(double tdpWatts) {
        return new CpuPowerModel() {
            @Override
            public double watts(double u) {
                return tdpWatts * TeadsTdpCurve.linearTdpFraction(100 * clamp(u));
            }

            @Override
            public String describe() {
                return "Teads TDP curve, TDP " + Decimals.fixed(tdpWatts, 1) + " W (" + TeadsTdpCurve.POINTS + ")";
            }
        };
    }

    /**
     * Cloud Carbon Footprint's linear model ({@link CcfCoefficients#computeWatts}); its defaults for an
     * unknown CPU are {@link CcfCoefficients#UNKNOWN_CPU_MIN_WATTS_PER_VCPU} and
     * {@link CcfCoefficients#UNKNOWN_CPU_MAX_WATTS_PER_VCPU} W per vCPU.
     */
    static CpuPowerModel perVcpu(int logicalCores, double minWattsPerVcpu, double maxWattsPerVcpu) {
        return new CpuPowerModel() {
            @Override
            public double watts(double u) {
                return CcfCoefficients.computeWatts(logicalCores, minWattsPerVcpu, maxWattsPerVcpu, clamp(u));
            }

            @Override
            public String describe() {
                return "per-vCPU linear model (Cloud Carbon Footprint), " + logicalCores + " vCPU x "
                        + Decimals.fixed(minWattsPerVcpu, 2) + ".." + Decimals.fixed(maxWattsPerVcpu, 2) + " W";
            }
        };
    }

    /** Utilisation read from counters can stray just outside 0–1 (rounding, counter skew). */
    private static double clamp(double utilisation) {
        return Math.max(0, Math.min(1, utilisation));
    }
}
