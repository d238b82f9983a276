package dev.sci4j.agent.energy;

import java.nio.file.Path;

/** One RAPL powercap zone: its {@code energy_uj} file, wrap range and the component it feeds. Immutable. */
final class RaplZone {
    final String directory;
    final String name;
    final String component;
    final Path energyFile;
    final long maxEnergyRangeMicrojoules;

    RaplZone(String directory, String name, String component, Path energyFile, long maxEnergyRangeMicrojoules) {
        this.directory = directory;
        this.name = name;
        this.component = component;
        this.energyFile = energyFile;
        this.maxEnergyRangeMicrojoules = maxEnergyRangeMicrojoules;
    }

    /**
     * Energy between two counter values, microjoules, correcting one wraparound with this zone's range:
     * {@code (max − previous) + current} when the counter went down.
     */
    long deltaMicrojoules(long previous, long current) {
        return current >= previous ? current - previous : (maxEnergyRangeMicrojoules - previous) + current;
    }

    @Override
    public String toString() {
        return directory + "(" + name + ")";
    }
}
