package dev.sci4j.report;

import dev.sci4j.input.Checks;
import dev.sci4j.input.InvalidInputException;
import java.util.List;

/**
 * R: what one functional unit is and how many were counted in each repetition (measurement file), in the
 * order of the embedded measurements; the score's R is their sum, {@code totalUnits}. {@code countSource} says
 * where the counts came from: {@value #FROM_CLI} for now (the same N for every repetition). When the agent
 * records unit counts in the measurement files ({@code IntervalSample.units()}), each repetition's count will be
 * taken from its file, with {@code countSource} {@code measurement}, and nothing else in the report changes.
 * Immutable and thread-safe.
 */
public record FunctionalUnit(String name, String definition, List<Double> unitsPerRepetition, double totalUnits,
                             String countSource) {
    /** The counts were declared with {@code sci4j report --units N}. */
    public static final String FROM_CLI = "declared with --units";

    public FunctionalUnit {
        Checks.present(name, "functionalUnit.name");
        Checks.present(definition, "functionalUnit.definition");
        unitsPerRepetition = List.copyOf(Checks.present(unitsPerRepetition, "functionalUnit.unitsPerRepetition"));
        unitsPerRepetition.forEach(u -> Checks.positive(u, "functionalUnit.unitsPerRepetition[]"));
        Checks.positive(totalUnits, "functionalUnit.totalUnits");
        double sum = unitsPerRepetition.stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - totalUnits) > 1e-9 * totalUnits) {
            throw new InvalidInputException("functionalUnit.totalUnits " + totalUnits
                    + " is not the sum of functionalUnit.unitsPerRepetition (" + sum + ")");
        }
        Checks.present(countSource, "functionalUnit.countSource");
    }

    /** The same {@code units} in each of {@code repetitions}, as declared with {@code --units}. */
    public static List<Double> declared(double units, int repetitions) {
        return java.util.Collections.nCopies(repetitions, units);
    }
}
