package dev.sci4j.profile;

import dev.sci4j.units.Invariants;

/**
 * A grade a normalised score earns when it is at most {@code maxSciGPerUnit} gCO2e per functional unit.
 * Immutable and thread-safe.
 */
public record GradeThreshold(String grade, double maxSciGPerUnit) {
    public GradeThreshold {
        Invariants.present(grade, "grades[].grade");
        Invariants.nonNegative(maxSciGPerUnit, "grades[].maxSciGPerUnit");
    }
}
