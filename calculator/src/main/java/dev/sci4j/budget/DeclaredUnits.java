package dev.sci4j.budget;

import dev.sci4j.input.Checks;

/**
 * R given by the user ({@code --units N --unit-name NAME}, or the Maven {@code units}/{@code unitName}
 * parameters) for measurement files whose functional units the agent did not count: every file is one
 * repetition that completed {@code countPerRun} units. Immutable.
 *
 * @param countPerRun    functional units per repetition, greater than zero
 * @param unitNameOrNull the unit they are; null means the budget's only unit
 */
public record DeclaredUnits(double countPerRun, String unitNameOrNull) {

    public DeclaredUnits {
        Checks.positive(countPerRun, "--units (functional units per measurement file)");
    }

    /** Whether the declaration applies to {@code unitName} of a budget with {@code unitCount} units. */
    boolean appliesTo(String unitName, int unitCount) {
        return unitNameOrNull == null ? unitCount == 1 : unitNameOrNull.equals(unitName);
    }
}
