package dev.sci4j.agent.energy;

import java.util.Locale;

/**
 * Machine CPU power as a function of host CPU utilisation. Implementations are immutable and thread-safe.
 */
public interface CpuPowerModel {
    /** Power in watts at a utilisation from 0 to 1 (host-wide busy ratio). */
    double watts(double utilisation);

    /** Human-readable parameters for the provenance detail. */
    String describe();

    /**
     * The Teads curve: 0/10/50/100 % load draw 0.12/0.32/0.75/1.02 × TDP, linear in between.
     *
     * @param tdpWatts the CPU's thermal design power (all sockets), watts
     */
    static CpuPowerModel teadsCurve(double tdpWatts) {
        double[] load = {0, 0.10, 0.50, 1.00};
        double[] factor = {0.12, 0.32, 0.75, 1.02};
        return new CpuPowerModel() {
            @Override
            public double watts(double u) {
                double x = Math.max(0, Math.min(1, u));
                for (int i = 1; i < load.length; i++) {
                    if (x <= load[i]) {
                        double t = (x - load[i - 1]) / (load[i] - load[i - 1]);
                        return tdpWatts * (factor[i - 1] + t * (factor[i] - factor[i - 1]));
                    }
                }
                return tdpWatts * factor[factor.length - 1];
            }

            @Override
            public String describe() {
                return String.format(Locale.ROOT,
                        "Teads TDP curve, TDP %.1f W (0/10/50/100 %% load -> 0.12/0.32/0.75/1.02 x TDP)", tdpWatts);
            }
        };
    }

    /**
     * Cloud Carbon Footprint's linear model: {@code vCPUs × (min + u × (max − min))}; its defaults for an
     * unknown CPU are 0.74 W and 3.5 W per vCPU.
     */
    static CpuPowerModel perVcpu(int logicalCores, double minWattsPerVcpu, double maxWattsPerVcpu) {
        return new CpuPowerModel() {
            @Override
            public double watts(double u) {
                double x = Math.max(0, Math.min(1, u));
                return logicalCores * (minWattsPerVcpu + x * (maxWattsPerVcpu - minWattsPerVcpu));
            }

            @Override
            public String describe() {
                return String.format(Locale.ROOT,
                        "per-vCPU linear model (Cloud Carbon Footprint), %d vCPU x %.2f..%.2f W", logicalCores,
                        minWattsPerVcpu, maxWattsPerVcpu);
            }
        };
    }
}
