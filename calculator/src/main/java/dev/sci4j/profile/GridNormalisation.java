package dev.sci4j.profile;

import dev.sci4j.grid.IntensityType;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.score.IntensityInput;
import dev.sci4j.units.Invariants;

/**
 * The one grid intensity every report is recomputed with, so vendors hosting in different places are compared
 * on the energy their software uses; each report's own location-based figure is shown beside it. A row of the
 * bundled factor table. Immutable and thread-safe.
 *
 * @param source factor-table source id, e.g. {@code tw-moea-ea}
 * @param region region code, e.g. {@code TW}
 * @param year   the year the factor describes
 * @param type   the intensity type the factor must have, e.g. {@code average}
 */
public record GridNormalisation(String source, String region, int year, String type) {
    public GridNormalisation {
        Invariants.present(source, "grid.source");
        Invariants.present(region, "grid.region");
        Invariants.present(type, "grid.type");
        IntensityType.parse(type);
    }

    /** The intensity as a scoring input; fails when the bundled table lacks the row or its type differs. */
    public IntensityInput intensity() {
        IntensityInput in = IntensityInput.table(region, year, source);
        if (!in.type().equals(IntensityType.parse(type).id())) {
            throw new InvalidInputException("grid: the factor " + source + " " + region + " " + year + " is of type "
                    + in.type() + ", not " + type);
        }
        return in;
    }
}
