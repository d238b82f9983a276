package dev.sci4j.budget;

import dev.sci4j.units.Invariants;

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
        Invariants.positive(functionalUnits, "functional units (R) of " + source);
        Invariants.nonNegative(energyJoules, "energy of " + source);
        Invariants.nonNegative(sciGramsPerUnit, "SCI of " + source);
    }

    /** E / R, joules per functional unit. */
    public double energyPerUnitJoules() {
        return energyJoules / functionalUnits;
    }
}
