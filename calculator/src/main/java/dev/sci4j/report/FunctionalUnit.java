package dev.sci4j.report;

import dev.sci4j.input.Checks;
import dev.sci4j.units.Invariants;
import java.util.List;

/**
 * R: what one functional unit is and how many were counted in each repetition (measurement file), in the
 * order of the embedded measurements; the score's R is their sum, {@code totalUnits}. {@code countSource} says
 * where the counts came from: {@value #FROM_CLI} (the same N for every repetition), or {@value #FROM_AGENT}
 * (each repetition's successful units as the agent counted them in its file, of the names the profile counts,
 * after the warm-up: {@link MeasuredFacts}).
 * Immutable and thread-safe.
 */
public record FunctionalUnit(
        String name, String definition, List<Double> unitsPerRepetition, double totalUnits, String countSource) {
    /** The counts were declared with {@code sci4j report --units N}. */
    public static final String FROM_CLI = "declared with --units";
    /** The counts are the successful functional units (all kinds) the agent recorded in each measurement file. */
    public static final String FROM_AGENT = "counted by the sci4j agent in each measurement file"
            + " (successful units whose names the profile counts, after the warm-up)";

    public FunctionalUnit {
        Invariants.present(name, "functionalUnit.name");
        Invariants.present(definition, "functionalUnit.definition");
        unitsPerRepetition = Invariants.list(unitsPerRepetition, "functionalUnit.unitsPerRepetition");
        unitsPerRepetition.forEach(u -> Invariants.positive(u, "functionalUnit.unitsPerRepetition[]"));
        Invariants.positive(totalUnits, "functionalUnit.totalUnits");
        double sum =
                unitsPerRepetition.stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - totalUnits) > 1e-9 * totalUnits) {
            throw new IllegalArgumentException("functionalUnit.totalUnits " + totalUnits
                    + " is not the sum of functionalUnit.unitsPerRepetition (" + sum + ")");
        }
        Invariants.present(countSource, "functionalUnit.countSource");
    }

    /** The same {@code units} in each of {@code repetitions}, as declared with {@code --units}. */
    public static List<Double> declared(double units, int repetitions) {
        Checks.functionalUnits(units, "--units (R per repetition)");
        return java.util.Collections.nCopies(repetitions, units);
    }
}
