package dev.sci4j.rules.power;

/**
 * Cloud Carbon Footprint's (CCF) coefficients and its compute model, the one definition used by the agent's
 * model energy source and configuration defaults and by the calculator's {@code estimate}. Compute:
 * {@code watts = vCPUs × (min + u × (max − min))} at utilisation u (0–1), min and max in watts per vCPU.
 * Stateless and thread-safe.
 */
public final class CcfCoefficients {
    /**
     * Idle watts per vCPU when the CPU is unknown. Source: Cloud Carbon Footprint methodology, "Appendix I:
     * Energy Coefficients", AWS "Average Minimum Watts (0% CPU Utilization): 0.74" (earlier CCF releases
     * published 0.71).
     */
    public static final double UNKNOWN_CPU_MIN_WATTS_PER_VCPU = 0.74;
    /**
     * Full-load watts per vCPU when the CPU is unknown. Source: CCF methodology, "Appendix I: Energy
     * Coefficients", AWS "Average Maximum Watts (100% CPU Utilization): 3.5" (earlier releases: 3.46).
     */
    public static final double UNKNOWN_CPU_MAX_WATTS_PER_VCPU = 3.5;
    /**
     * 0.392 W per GB of memory, i.e. 0.000392 kWh per GB-hour. Source: Cloud Carbon Footprint methodology,
     * "Memory", the average of Crucial's rule of thumb (~0.375 W/GB for DDR3/DDR4) and Micron's DDR4 power
     * model (~0.4083 W/GB).
     */
    public static final double MEMORY_WATTS_PER_GIGABYTE = 0.392;
    /**
     * 0.001 kWh per GB transferred. Source: Cloud Carbon Footprint methodology, "Networking" (the smallest
     * published coefficient, chosen for data exchanged between cloud data centres), also the SCI guide's
     * network default.
     */
    public static final double NETWORK_KWH_PER_GIGABYTE = 0.001;
    /** The compute model in words, for help texts and provenance. */
    public static final String COMPUTE_FORMULA = "watts = vCPUs x (min + u x (max - min))";

    private CcfCoefficients() {}

    /**
     * Power of {@code vcpus} vCPUs at utilisation {@code utilization} (0–1) under the linear compute model.
     *
     * @param minWattsPerVcpu power of one vCPU when idle, W
     * @param maxWattsPerVcpu power of one vCPU at full load, W
     * @return watts
     */
    public static double computeWatts(
            double vcpus, double minWattsPerVcpu, double maxWattsPerVcpu, double utilization) {
        return vcpus * (minWattsPerVcpu + utilization * (maxWattsPerVcpu - minWattsPerVcpu));
    }
}
