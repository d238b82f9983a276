package dev.sci4j.budget;

import dev.sci4j.input.Checks;
import dev.sci4j.input.InvalidInputException;

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

    /**
     * The declaration from optional inputs: null when no count is given; a unit name without a count is an
     * error naming {@code countInput}, the option or parameter that is missing.
     */
    public static DeclaredUnits ofOptional(Double countPerRunOrNull, String unitNameOrNull, String countInput) {
        if (countPerRunOrNull == null) {
            if (unitNameOrNull != null) {
                throw new InvalidInputException(
                        "a unit name needs " + countInput + " (the functional units per measurement file)");
            }
            return null;
        }
        return new DeclaredUnits(countPerRunOrNull, unitNameOrNull);
    }

    /** Whether the declaration applies to {@code unitName} of a budget with {@code unitCount} units. */
    boolean appliesTo(String unitName, int unitCount) {
        return unitNameOrNull == null ? unitCount == 1 : unitNameOrNull.equals(unitName);
    }
}
