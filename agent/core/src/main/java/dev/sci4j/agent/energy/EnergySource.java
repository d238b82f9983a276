package dev.sci4j.agent.energy;

import dev.sci4j.agent.clock.Clock;
import dev.sci4j.agent.config.AgentConfig.HostFileUnit;
import dev.sci4j.agent.system.SystemProbe;
import dev.sci4j.measurement.EnergySourceInfo;
import java.nio.file.Path;
import java.util.List;

/**
 * Machine energy, read as cumulative joules per component since the source was opened. Components are fixed
 * when the source opens ({@link #components()}); {@link #readCumulativeJoules(double[])} fills one value per
 * component, in joules, without allocating. Implementations are used by one sampler thread and need not be
 * thread-safe. Open one with the static factories below, or the configured fallback chain with
 * {@link EnergySources}.
 */
public interface EnergySource {
    /** Component names, e.g. {@code package}, {@code dram}, {@code psys}, {@code cpu}, {@code memory}, {@code total}. */
    List<String> components();

    /**
     * Fills {@code cumulativeJoules[i]} with the energy of component {@code i} since open, joules.
     *
     * @throws EnergyReadException this interval cannot be measured; see {@link EnergyReadException#rebaselined()}
     */
    void readCumulativeJoules(double[] cumulativeJoules) throws EnergyReadException;

    /** Provenance: kind, detail and accuracy class. */
    EnergySourceInfo info();

    /** RAPL counters under a powercap tree; see {@link RaplEnergySource}. */
    static EnergySource rapl(Path powercapRoot, FileReader reader, Clock clock)
            throws EnergySourceUnavailableException {
        return RaplEnergySource.open(powercapRoot, reader, clock);
    }

    /** A file written by the host; see {@link HostFileEnergySource} for the format. */
    static EnergySource hostFile(Path file, HostFileUnit unit, FileReader reader, Clock clock)
            throws EnergySourceUnavailableException {
        return HostFileEnergySource.open(file, unit, reader, clock);
    }

    /** Host CPU utilisation through a power model, plus memory W/GB; see {@link ModelEnergySource}. */
    static EnergySource model(
            SystemProbe probe, Clock clock, CpuPowerModel cpu, double memoryWattsPerGb, String cpuName) {
        return new ModelEnergySource(probe, clock, cpu, memoryWattsPerGb, cpuName);
    }

    /** A fixed power for the whole machine, watts. */
    static EnergySource constant(double watts, Clock clock) {
        return new ConstantEnergySource(watts, clock);
    }
}
