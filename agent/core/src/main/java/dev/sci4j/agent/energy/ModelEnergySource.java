package dev.sci4j.agent.energy;

import dev.sci4j.agent.clock.Clock;
import dev.sci4j.agent.system.HostCpuTimes;
import dev.sci4j.agent.system.SystemProbe;
import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.measurement.EnergySourceInfo;
import dev.sci4j.measurement.EnergySourceKind;
import java.util.List;

/**
 * Modelled machine energy: host-wide CPU utilisation over each interval (OSHI ticks) through a
 * {@link CpuPowerModel}, integrated over time, plus memory at a fixed W/GB of installed memory.
 * Components: {@code cpu}, {@code memory}. Not thread-safe.
 */
public final class ModelEnergySource implements EnergySource {
    private static final double BYTES_PER_GB = 1e9;

    private final SystemProbe probe;
    private final Clock clock;
    private final CpuPowerModel cpuModel;
    private final double memoryWatts;
    private final EnergySourceInfo info;
    private HostCpuTimes previousTimes;
    private long previousNanos;
    private double lastUtilisation;
    private double cpuJoules;
    private double memoryJoules;

    public ModelEnergySource(
            SystemProbe probe, Clock clock, CpuPowerModel cpuModel, double memoryWattsPerGb, String cpuName) {
        this.probe = probe;
        this.clock = clock;
        this.cpuModel = cpuModel;
        double memoryGb = probe.totalMemoryBytes() / BYTES_PER_GB;
        this.memoryWatts = memoryWattsPerGb * memoryGb;
        this.previousTimes = probe.hostCpuTimes();
        this.previousNanos = clock.nanoTime();
        this.info = new EnergySourceInfo(
                EnergySourceKind.MODEL,
                "CPU '" + cpuName + "': " + cpuModel.describe() + "; memory " + Decimals.fixed(memoryWattsPerGb, 3)
                        + " W/GB x " + Decimals.fixed(memoryGb, 2)
                        + " GB; host-wide utilisation from OS CPU ticks",
                AccuracyClass.C);
    }

    @Override
    public List<String> components() {
        return List.of(Components.CPU, Components.MEMORY);
    }

    @Override
    public void readCumulativeJoules(double[] out) {
        long now = clock.nanoTime();
        HostCpuTimes times = probe.hostCpuTimes();
        double total = times.totalSeconds() - previousTimes.totalSeconds();
        double busy = times.busySeconds() - previousTimes.busySeconds();
        if (total > 0) {
            lastUtilisation = Math.max(0, Math.min(1, busy / total));
        } // else: ticks did not move (interval shorter than a tick): keep the last utilisation
        double seconds = Math.max(0, (now - previousNanos) / 1e9);
        cpuJoules += cpuModel.watts(lastUtilisation) * seconds;
        memoryJoules += memoryWatts * seconds;
        previousTimes = times;
        previousNanos = now;
        out[0] = cpuJoules;
        out[1] = memoryJoules;
    }

    @Override
    public EnergySourceInfo info() {
        return info;
    }
}
