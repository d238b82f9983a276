package dev.sci4j.budget;

import dev.sci4j.input.Checks;

/**
 * The score of one repetition for one functional unit: the sample a budget aggregates. Immutable.
 *
 * @param source          where it came from (a file name), for summaries
 * @param functionalUnits R of this repetition, greater than zero
 * @param energyJoules    the IT energy E the score used (before PUE), joules
 * @param sciGramsPerUnit the SCI, gCO2e per functional unit
 */
public record RunScore(String source, double functionalUnits, double energyJoules, double sciGramsPerUnit) {

    public RunScore {
        Checks.positive(functionalUnits, "functional units (R) of " + source);
        Checks.nonNegative(energyJoules, "energy of " + source);
        Checks.nonNegative(sciGramsPerUnit, "SCI of " + source);
    }

    /** E / R, joules per functional unit. */
    public double energyPerUnitJoules() {
        return energyJoules / functionalUnits;
    }
}
