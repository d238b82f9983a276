package dev.sci4j.grid;

import dev.sci4j.units.Intensity;
import dev.sci4j.units.Invariants;
import java.time.LocalDate;

/**
 * One yearly grid carbon intensity factor with its provenance, as the bundled {@link FactorTable} holds it.
 * Immutable and thread-safe.
 *
 * @param region         region code, upper case (e.g. {@code TW}, {@code WORLD})
 * @param year           the year the factor describes (not the year it was announced)
 * @param gramsPerKwh    the factor in gCO2e/kWh, unrounded
 * @param type           average or marginal
 * @param sourceId       the table's id of the source, e.g. {@code tw-moea-ea}
 * @param publisher      who publishes it
 * @param sourceTitle    the publication or data set
 * @param url            where to check it, or null when the table gives none
 * @param method         how the publisher computes it, in words
 * @param announced      the date the publisher announced this year's value, or null when not known
 * @param verified       true when the value was checked against the publisher's own page
 * @param note           caveats and where the value was taken from, or null
 * @param publishedValue the value as the publisher wrote it, in {@code publishedUnit}
 * @param publishedUnit  the publisher's unit, e.g. {@code kgCO2e/kWh}
 */
public record GridFactor(
        String region,
        int year,
        double gramsPerKwh,
        IntensityType type,
        String sourceId,
        String publisher,
        String sourceTitle,
        String url,
        String method,
        LocalDate announced,
        boolean verified,
        String note,
        double publishedValue,
        String publishedUnit) {
    public GridFactor {
        Invariants.present(region, "region");
        Invariants.nonNegative(gramsPerKwh, "grid factor (gCO2e/kWh)");
        Invariants.present(type, "intensity type");
        Invariants.present(sourceId, "source id");
        Invariants.present(publisher, "publisher");
        Invariants.present(sourceTitle, "source title");
        Invariants.present(method, "method");
        Invariants.present(publishedUnit, "published unit");
        Invariants.finite(publishedValue, "published value");
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("grid factor year must be a four-digit year, got " + year);
        }
    }

    public Intensity intensity() {
        return Intensity.ofGramsPerKwh(gramsPerKwh);
    }
}
