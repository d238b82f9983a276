package dev.sci4j.budget;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.score.IntensityInput;

/**
 * The grid intensity a budget is checked with: a region and year from the bundled factor table (optionally
 * a publisher series), or a declared value in gCO2e/kWh with its type. Exactly one of the two; nothing is
 * defaulted, because a budget checked against a different grid silently moves. Immutable and thread-safe.
 *
 * @param region              e.g. {@code TW}; null when a value is declared
 * @param year                the factor's year; null when a value is declared
 * @param source              the factor's publisher series, or null for the region's official one
 * @param intensityGramsPerKwh a declared intensity, gCO2e/kWh; null for a table factor
 * @param type                the declared intensity's type (average, marginal-short-run, marginal-long-run)
 */
public record GridSpec(String region, Integer year, String source, Double intensityGramsPerKwh, String type) {

    public GridSpec {
        boolean table = region != null || year != null || source != null;
        boolean declared = intensityGramsPerKwh != null || type != null;
        if (table == declared) {
            throw new InvalidInputException(
                    table
                            ? "give either region and year or intensity and type, not both"
                            : "give region and year (bundled factor table) or intensity and type (declared)");
        }
        if (table && (region == null || year == null)) {
            throw new InvalidInputException("region and year go together: give both");
        }
        if (declared && (intensityGramsPerKwh == null || type == null)) {
            throw new InvalidInputException("a declared intensity needs both intensity (gCO2e/kWh) and type"
                    + " (average, marginal-short-run or marginal-long-run)");
        }
    }

    @JsonCreator
    static GridSpec fromFile(
            @JsonProperty("region") String region,
            @JsonProperty("year") Integer year,
            @JsonProperty("source") String source,
            @JsonProperty("intensity") Double intensity,
            @JsonProperty("type") String type) {
        return new GridSpec(region, year, source, intensity, type);
    }

    public static GridSpec table(String region, int year, String sourceOrNull) {
        return new GridSpec(region, year, sourceOrNull, null, null);
    }

    public static GridSpec declared(double gramsPerKwh, String type) {
        return new GridSpec(null, null, null, gramsPerKwh, type);
    }

    /** The intensity, resolved now so a missing year or region fails before any score is computed. */
    public IntensityInput resolve() {
        return region != null
                ? IntensityInput.table(region, year, source)
                : IntensityInput.declared(intensityGramsPerKwh, type);
    }
}
