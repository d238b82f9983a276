package dev.sci4j.score;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.grid.IntensitySeries;
import dev.sci4j.grid.IntensityType;
import dev.sci4j.grid.SeriesFormat;
import dev.sci4j.grid.SeriesReader;
import dev.sci4j.grid.WindowCarbon;
import dev.sci4j.grid.WindowCarbonResult;
import dev.sci4j.input.Checks;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.model.SciScore;
import dev.sci4j.units.Carbon;
import dev.sci4j.units.Intensity;
import dev.sci4j.units.Numbers;
import java.nio.file.Path;

/** A grid intensity time series: O = PUE × Σ E_t × I_t over aligned intervals, never mean E × mean I. */
final class SeriesIntensity implements IntensityInput {
    private final IntensitySeries series;
    private final Path file;
    private final Intensity fallback;
    private WindowCarbonResult last;

    private SeriesIntensity(IntensitySeries series, Path file, Intensity fallback) {
        this.series = series;
        this.file = file;
        this.fallback = fallback;
    }

    static SeriesIntensity read(Path file, String format, String type, String column, Double fallbackGramsPerKwh) {
        IntensityType declared = type == null ? null : IntensityType.parse(type);
        IntensitySeries series = SeriesReader.read(file, SeriesFormat.parse(format), declared, column);
        Intensity fallback = fallbackGramsPerKwh == null
                ? null
                : Intensity.ofGramsPerKwh(Checks.nonNegative(fallbackGramsPerKwh, "--grid-fallback"));
        return new SeriesIntensity(series, file, fallback);
    }

    @Override
    public Carbon operational(EnergyInput energy, double pue) {
        last = WindowCarbon.compute(
                energy.intervals()
                        .orElseThrow(
                                () -> new InvalidInputException(
                                        "--grid-series needs energy per interval to align with: give --energy-series instead of a single total")),
                series,
                fallback);
        return last.operational().times(pue);
    }

    @Override
    public double reportedGramsPerKwh(SciScore score) {
        return score.effectiveIntensityGPerKwh();
    }

    @Override
    public String type() {
        return series.type().id();
    }

    @Override
    public ObjectNode provenance() {
        ObjectNode n = Json.object();
        n.put("kind", "time-series");
        n.put("file", file.toString());
        n.put("source", series.source());
        n.put("zone", series.zone());
        n.put("type", series.type().id());
        n.put("seriesStart", series.start().toString());
        n.put("seriesEnd", series.end().toString());
        n.put("points", series.points().size());
        n.put("aggregation", "sum over aligned intervals of E_t x I_t");
        if (fallback != null) {
            n.put("fallbackIntensity", fallback.gramsPerKwh());
        }
        if (last != null) {
            n.put("energyAtFallbackKwh", last.energyAtFallback().kwh());
        }
        return n;
    }

    @Override
    public String describe() {
        String fb = last != null && last.energyAtFallback().joules() > 0
                ? "; " + Numbers.display(last.energyAtFallback().kwh()) + " kWh at the declared fallback"
                : "";
        return series.type().id() + " time series " + file + " (" + series.source() + ", " + series.zone()
                + "), energy-weighted" + fb;
    }

    @Override
    public String formula(SciScore s) {
        return "sum of E_t x I_t over aligned intervals" + (s.pue() == 1 ? "" : " x PUE " + Numbers.display(s.pue()));
    }
}
