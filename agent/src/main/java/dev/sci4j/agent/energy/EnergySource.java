package dev.sci4j.agent.energy;

import dev.sci4j.measurement.EnergySourceInfo;
import java.util.List;

/**
 * Machine energy, read as cumulative joules per component since the source was opened. Components are fixed
 * when the source opens ({@link #components()}); {@link #readCumulativeJoules(double[])} fills one value per
 * component, in joules, without allocating. Implementations are used by one sampler thread and need not be
 * thread-safe. Open them with {@link EnergySources}.
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
}
