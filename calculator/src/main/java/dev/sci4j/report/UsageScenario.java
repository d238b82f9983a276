package dev.sci4j.report;

import dev.sci4j.input.Checks;

/** How the software was run while measured: the workload, the warm-up in seconds, the repetitions. Immutable. */
public record UsageScenario(String description, double warmUpSeconds, int repetitions) {
    public UsageScenario {
        Checks.present(description, "usageScenario.description");
        Checks.nonNegative(warmUpSeconds, "usageScenario.warmUpSeconds");
        Checks.atLeast(repetitions, 1, "usageScenario.repetitions");
    }
}
