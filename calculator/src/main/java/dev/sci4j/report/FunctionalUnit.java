package dev.sci4j.report;

import dev.sci4j.input.Checks;

/**
 * R: what one functional unit is and how many were counted. Each repetition (measurement file) ran
 * {@code unitsPerRepetition} units, so the score's R is {@code totalUnits} = units per repetition × repetitions.
 * {@code countSource} says where the count came from: {@value #FROM_CLI} now; counts recorded by the agent in
 * the measurement files will arrive as {@code measurement}, with per-file counts. Immutable and thread-safe.
 */
public record FunctionalUnit(String name, String definition, double unitsPerRepetition, double totalUnits,
                             String countSource) {
    /** The count was declared with {@code sci4j report --units N}. */
    public static final String FROM_CLI = "declared with --units";

    public FunctionalUnit {
        Checks.present(name, "functionalUnit.name");
        Checks.present(definition, "functionalUnit.definition");
        Checks.positive(unitsPerRepetition, "functionalUnit.unitsPerRepetition");
        Checks.positive(totalUnits, "functionalUnit.totalUnits");
        Checks.present(countSource, "functionalUnit.countSource");
    }
}
