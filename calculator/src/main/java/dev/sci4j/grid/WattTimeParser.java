package dev.sci4j.grid;

import dev.sci4j.units.Units;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads WattTime API v3 signal JSON ({@code /v3/historical}, {@code /v3/forecast}-style data):
 * {@code {data:[{point_time, value}], meta:{region, signal_type, units}}}. Values in lbs CO2/MWh are
 * converted with {@link Units#lbPerMwhToGPerKwh}. Stateless.
 */
final class WattTimeParser {
    private static final String LB_PER_MWH = "lbs_co2_per_mwh";
    /** co2_moer is a marginal operating emissions rate; co2_aoer an average one. */
    private static final Map<String, IntensityType> SIGNALS = Map.of(
            "co2_moer", IntensityType.MARGINAL_SHORT_RUN,
            "co2_aoer", IntensityType.AVERAGE);

    private WattTimeParser() {}

    static IntensitySeries parse(Path file, IntensityType declared) {
        LocatedJson doc = LocatedJson.read(file);
        JsonRecord root = doc.rootObject("a WattTime v3 response with data and meta");
        JsonRecord meta = root.object("meta");
        String signal = meta.text("signal_type");
        IntensityType own = SIGNALS.get(signal.trim().toLowerCase(Locale.ROOT));
        if (own == null) {
            throw meta.error(
                    "signal_type",
                    "'" + signal + "' is not a carbon intensity signal: use co2_moer"
                            + " (marginal) or co2_aoer (average)");
        }
        IntensityType type = SeriesReader.reconcile(file, "WattTime " + signal, own, declared);
        String units = meta.text("units");
        if (!units.trim().equalsIgnoreCase(LB_PER_MWH)) {
            throw meta.error("units", "'" + units + "' is not supported: WattTime v3 CO2 signals are in " + LB_PER_MWH);
        }
        Duration period = meta.has("data_point_period_seconds")
                ? Duration.ofSeconds((long) positive(meta, "data_point_period_seconds"))
                : null;
        List<RawPoint> raw = new ArrayList<>();
        for (JsonRecord point : root.objects("data")) {
            raw.add(new RawPoint(
                    point.instant("point_time"),
                    period,
                    Units.lbPerMwhToGPerKwh(point.nonNegative("value")),
                    point.line("point_time")));
        }
        return Spacing.series(
                file,
                "point_time",
                raw,
                type,
                "watttime " + signal + " from " + file.getFileName(),
                meta.optionalText("region"));
    }

    private static final double MAX_PERIOD_SECONDS = 366 * 86_400;

    private static double positive(JsonRecord record, String field) {
        double value = record.number(field);
        if (value <= 0 || value != Math.rint(value)) {
            throw record.error(field, "must be a whole number of seconds greater than zero, got " + value);
        }
        if (value > MAX_PERIOD_SECONDS) {
            // A period beyond a year is no grid signal, and times computed from it would overflow.
            throw record.error(field, "must be at most " + (long) MAX_PERIOD_SECONDS + " s (a year), got " + value);
        }
        return value;
    }
}
