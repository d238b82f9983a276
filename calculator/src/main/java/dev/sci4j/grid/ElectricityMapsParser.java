package dev.sci4j.grid;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Electricity Maps API v3 carbon-intensity JSON: a single object ({@code /latest}) or an object with a
 * {@code history} or {@code data} array. Values are gCO2eq/kWh averages (lifecycle or direct). Stateless.
 */
final class ElectricityMapsParser {
    private static final Map<String, Duration> GRANULARITIES = Map.of(
            "5_minutes", Duration.ofMinutes(5),
            "15_minutes", Duration.ofMinutes(15),
            "hourly", Duration.ofHours(1),
            "daily", Duration.ofDays(1));

    private ElectricityMapsParser() {}

    static IntensitySeries parse(Path file, IntensityType declared) {
        LocatedJson doc = LocatedJson.read(file);
        JsonRecord root = doc.rootObject("an Electricity Maps response with zone and carbonIntensity, history or data");
        IntensityType type = SeriesReader.reconcile(file, "Electricity Maps data", IntensityType.AVERAGE, declared);
        List<JsonRecord> items;
        if (root.has("history")) {
            items = root.objects("history");
        } else if (root.has("data")) {
            items = root.objects("data");
        } else {
            items = List.of(root);
        }
        String zone = root.optionalText("zone");
        Duration rootGranularity = granularity(root);
        String factorType = null;
        List<RawPoint> raw = new ArrayList<>();
        for (JsonRecord item : items) {
            String itemZone = item.optionalText("zone");
            if (itemZone != null) {
                if (zone != null && !zone.equals(itemZone)) {
                    throw item.error("zone", "is '" + itemZone + "' but the response is for '" + zone + "'");
                }
                zone = itemZone;
            }
            String itemFactorType = item.optionalText("emissionFactorType");
            if (itemFactorType != null) {
                if (factorType != null && !factorType.equals(itemFactorType)) {
                    throw item.error(
                            "emissionFactorType",
                            "is '" + itemFactorType + "' but earlier points are '" + factorType
                                    + "': lifecycle and direct values cannot be mixed in one series");
                }
                factorType = itemFactorType;
            }
            Duration itemGranularity = granularity(item);
            raw.add(new RawPoint(
                    item.instant("datetime"),
                    itemGranularity != null ? itemGranularity : rootGranularity,
                    item.nonNegative("carbonIntensity"),
                    item.line("datetime")));
        }
        String source =
                "electricitymaps" + (factorType == null ? "" : " " + factorType) + " from " + file.getFileName();
        return Spacing.series(file, "datetime", raw, type, source, zone);
    }

    private static Duration granularity(JsonRecord record) {
        String text = record.optionalText("temporalGranularity");
        if (text == null) {
            return null;
        }
        Duration duration = GRANULARITIES.get(text.trim().toLowerCase(Locale.ROOT));
        if (duration == null) {
            throw record.error(
                    "temporalGranularity",
                    "'" + text + "' is not a fixed-length granularity this"
                            + " reader knows: use 5_minutes, 15_minutes, hourly or daily data");
        }
        return duration;
    }
}
