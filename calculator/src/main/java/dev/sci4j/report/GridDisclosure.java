package dev.sci4j.report;

import dev.sci4j.score.IntensityInput;
import dev.sci4j.units.Invariants;

/**
 * The grid intensity a report's score applies, location-based: a row of sci4j's bundled factor table
 * ({@code kind} {@value #FACTOR_TABLE}) or a value the vendor declared ({@value #DECLARED}), with its type,
 * source, region and year. Immutable and thread-safe.
 */
public record GridDisclosure(
        String kind, double intensityGPerKwh, String type, String source, String region, int year) {
    public static final String FACTOR_TABLE = "factor-table";
    public static final String DECLARED = "declared";

    public GridDisclosure {
        Invariants.present(kind, "grid.kind");
        if (!kind.equals(FACTOR_TABLE) && !kind.equals(DECLARED)) {
            throw new IllegalArgumentException(
                    "grid.kind must be " + FACTOR_TABLE + " or " + DECLARED + ", got '" + kind + "'");
        }
        Invariants.nonNegative(intensityGPerKwh, "grid.intensityGPerKwh");
        Invariants.present(type, "grid.type");
        Invariants.present(source, "grid.source");
        Invariants.present(region, "grid.region");
    }

    /** The intensity as a scoring input, so the score can be recomputed. */
    public IntensityInput toInput() {
        return kind.equals(FACTOR_TABLE)
                ? IntensityInput.table(region, year, source)
                : IntensityInput.declared(intensityGPerKwh, type);
    }
}
