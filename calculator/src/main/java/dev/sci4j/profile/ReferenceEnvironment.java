package dev.sci4j.profile;

import dev.sci4j.units.Invariants;

/**
 * Where a claim is re-measured (查證): the environment a profile names so that an officer's or a third party's
 * re-measurement ({@code sci4j verify-claim}) runs on known hardware, under a known load, for a known time.
 * The CPU model and logical cores, when given, are compared with what the re-measurement's files record; the
 * duration is the least measured window per repetition, after the profile's warm-up. Immutable and thread-safe.
 *
 * @param hardware        the machine, in words, in both languages
 * @param cpuModel        the CPU model as the agent records it ({@code run.cpuModel}), or null
 * @param logicalCores    the logical cores the JVM sees ({@code run.logicalCores}), at least 1, or null
 * @param load            the load mix and rate, in both languages
 * @param durationSeconds each repetition's least measured window after the warm-up, seconds, greater than 0
 */
public record ReferenceEnvironment(
        LocalizedText hardware, String cpuModel, Integer logicalCores, LocalizedText load, double durationSeconds) {
    public ReferenceEnvironment {
        Invariants.present(hardware, "referenceEnvironment.hardware");
        if (cpuModel != null && cpuModel.isBlank()) {
            throw new IllegalArgumentException(
                    "referenceEnvironment.cpuModel is blank: give the model or leave it out");
        }
        if (logicalCores != null && logicalCores < 1) {
            throw new IllegalArgumentException(
                    "referenceEnvironment.logicalCores must be at least 1, got " + logicalCores);
        }
        Invariants.present(load, "referenceEnvironment.load");
        Invariants.positive(durationSeconds, "referenceEnvironment.durationSeconds");
    }
}
