package dev.sci4j.profile;

import dev.sci4j.units.Invariants;

/**
 * How vendors must run the software while measuring, modelled on Blue Angel DE-UZ 215 (warm-up, a standard
 * usage scenario of fixed minimum length, repeated runs). Immutable and thread-safe.
 *
 * @param description           the workload to run, in both languages
 * @param warmUpSeconds         time to run before measuring, in seconds, at least 0
 * @param minimumDurationSeconds shortest accepted measurement window per repetition, in seconds, greater than 0
 * @param minimumRepetitions    fewest repetitions (measurement files) accepted, at least 1
 */
public record UsageScenarioRequirement(
        LocalizedText description, double warmUpSeconds, double minimumDurationSeconds, int minimumRepetitions) {
    public UsageScenarioRequirement {
        Invariants.present(description, "usageScenario.description");
        Invariants.nonNegative(warmUpSeconds, "usageScenario.warmUpSeconds");
        Invariants.positive(minimumDurationSeconds, "usageScenario.minimumDurationSeconds");
        Invariants.atLeast(minimumRepetitions, 1, "usageScenario.minimumRepetitions");
    }
}
