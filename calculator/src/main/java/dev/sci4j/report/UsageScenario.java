package dev.sci4j.report;

import dev.sci4j.units.Invariants;

/** How the software was run while measured: the workload, the warm-up in seconds, the repetitions. Immutable. */
public record UsageScenario(String description, double warmUpSeconds, int repetitions) {
    public UsageScenario {
        Invariants.present(description, "usageScenario.description");
        Invariants.nonNegative(warmUpSeconds, "usageScenario.warmUpSeconds");
        Invariants.atLeast(repetitions, 1, "usageScenario.repetitions");
    }
}
