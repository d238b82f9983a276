package dev.sci4j.score;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.grid.FactorTable;
import dev.sci4j.grid.GridFactor;
import dev.sci4j.grid.IntensityType;
import dev.sci4j.input.Checks;
import dev.sci4j.model.SciScore;
import dev.sci4j.units.Carbon;
import dev.sci4j.units.Intensity;
import java.nio.file.Path;

/**
 * The grid intensity a score applies, with its type and provenance: a static value (declared or from the
 * bundled factor table) or a time series aligned with the energy intervals.
 */
public interface IntensityInput {
    /** O for this energy: E × PUE × I, or PUE × Σ E_t × I_t. */
    Carbon operational(EnergyInput energy, double pue);

    /** The intensity to show: the static value, or for a series the energy-weighted effective value. */
    double reportedGramsPerKwh(SciScore score);

    /** average, marginal-short-run or marginal-long-run. */
    String type();

    ObjectNode provenance();

    String describe();

    /** The operational formula with the numbers put in, e.g. "0.5 kWh x 494 gCO2e/kWh". */
    String formula(SciScore score);

    /** A static intensity declared by the user, of a declared type (market-based types are rejected). */
    static IntensityInput declared(double gramsPerKwh, String type) {
        IntensityType parsed = IntensityType.parse(type);
        ObjectNode provenance = Json.object();
        provenance.put("kind", "declared");
        provenance.put("detail", "given by the user");
        return new StaticIntensity(
                Intensity.ofGramsPerKwh(Checks.nonNegative(gramsPerKwh, "--intensity")),
                parsed.id(),
                provenance,
                "declared, " + parsed.id());
    }

    /** A yearly factor from the bundled table; a missing year or region is an error, never a fallback. */
    static IntensityInput table(String region, int year, String sourceIdOrNull) {
        FactorTable factors = FactorTable.bundled();
        GridFactor f = factors.lookup(region, year, sourceIdOrNull);
        return new StaticIntensity(
                f.intensity(), f.type().id(), GridProvenance.toJson(f, factors), GridProvenance.describe(f));
    }

    /** A time series file, aligned interval by interval with the energy. */
    static IntensityInput series(
            Path file, String format, String typeOrNull, String columnOrNull, Double fallbackGramsPerKwh) {
        return SeriesIntensity.read(file, format, typeOrNull, columnOrNull, fallbackGramsPerKwh);
    }
}
