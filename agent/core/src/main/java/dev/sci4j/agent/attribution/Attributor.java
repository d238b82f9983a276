package dev.sci4j.agent.attribution;

import dev.sci4j.measurement.Attribution;
import dev.sci4j.measurement.IdlePolicy;

/**
 * The active-split attribution (as in Kepler ≥ 0.10). Per interval, with u = host busy / host total CPU time:
 * {@code active = cpuSide × u}, {@code idle = cpuSide − active}; the process gets
 * {@code active × process CPU / host busy CPU} (capped at 1, because process and host CPU come from different
 * counters that can disagree by a tick), plus {@code idle × reservedCores / logicalCores} under the
 * {@code reserved-cores} idle policy (nothing under {@code none}), plus {@code memory × resident share}.
 * Immutable and thread-safe.
 */
public final class Attributor {
    private final IdlePolicy idlePolicy;
    private final double reservedCores;
    private final int logicalCores;

    public Attributor(IdlePolicy idlePolicy, double reservedCores, int logicalCores) {
        if (logicalCores < 1) {
            throw new IllegalArgumentException("logicalCores must be >= 1, was " + logicalCores);
        }
        this.idlePolicy = idlePolicy;
        this.reservedCores = reservedCores;
        this.logicalCores = logicalCores;
    }

    /** The policy as written into the measurement file. */
    public Attribution describe() {
        return Attribution.activeSplit(idlePolicy, idlePolicy == IdlePolicy.RESERVED_CORES ? reservedCores : 0);
    }

    /**
     * @param cpuSideJoules       machine CPU-side energy of the interval (package, or psys, cpu, total), J
     * @param memoryJoules        machine memory energy of the interval (dram or modelled memory), J
     * @param processCpuSeconds   process CPU time in the interval, s
     * @param hostBusyCpuSeconds  host busy CPU time in the interval, all cores, s
     * @param hostTotalCpuSeconds host busy + idle CPU time in the interval, all cores, s
     * @param residentShare       process resident bytes / host memory bytes
     */
    public Split attribute(
            double cpuSideJoules,
            double memoryJoules,
            double processCpuSeconds,
            double hostBusyCpuSeconds,
            double hostTotalCpuSeconds,
            double residentShare) {
        double cpu = nonNegative(cpuSideJoules);
        double memory = nonNegative(memoryJoules);
        double busyRatio = hostTotalCpuSeconds > 0 ? clamp01(hostBusyCpuSeconds / hostTotalCpuSeconds) : 0;
        double active = cpu * busyRatio;
        double idle = cpu - active;
        double processShare = hostBusyCpuSeconds > 0 ? clamp01(processCpuSeconds / hostBusyCpuSeconds) : 0;
        double idleShare = idlePolicy == IdlePolicy.RESERVED_CORES ? clamp01(reservedCores / logicalCores) : 0;
        return new Split(
                active, idle, memory, active * processShare, idle * idleShare, memory * clamp01(residentShare));
    }

    private static double clamp01(double x) {
        return Double.isFinite(x) ? Math.max(0, Math.min(1, x)) : 0;
    }

    private static double nonNegative(double x) {
        return Double.isFinite(x) && x > 0 ? x : 0;
    }
}
