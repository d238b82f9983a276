package dev.sci4j.report;

import dev.sci4j.input.Checks;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.score.IntensityInput;

/**
 * The grid intensity a report's score applies, location-based: a row of sci4j's bundled factor table
 * ({@code kind} {@value #FACTOR_TABLE}) or a value the vendor declared ({@value #DECLARED}), with its type,
 * source, region and year. Immutable and thread-safe.
 */
public record GridDisclosure(String kind, double intensityGPerKwh, String type, String source, String region,
                             int year) {
    public static final String FACTOR_TABLE = "factor-table";
    public static final String DECLARED = "declared";

    public GridDisclosure {
        Checks.present(kind, "grid.kind");
        if (!kind.equals(FACTOR_TABLE) && !kind.equals(DECLARED)) {
            throw new InvalidInputException("grid.kind must be " + FACTOR_TABLE + " or " + DECLARED + ", got '" + kind + "'");
        }
        Checks.nonNegative(intensityGPerKwh, "grid.intensityGPerKwh");
        Checks.present(type, "grid.type");
        Checks.present(source, "grid.source");
        Checks.present(region, "grid.region");
    }

    /** The intensity as a scoring input, so the score can be recomputed. */
    public IntensityInput toInput() {
        return kind.equals(FACTOR_TABLE) ? IntensityInput.table(region, year, source)
                : IntensityInput.declared(intensityGPerKwh, type);
    }
}
