package dev.sci4j.grid;

import dev.sci4j.input.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Green Software Foundation Carbon Aware SDK {@code /emissions/bylocation} response:
 * {@code [{location, time, rating, duration}]}, rating in g/kWh, duration ISO-8601 or a .NET TimeSpan
 * ("01:00:00"). The SDK does not say which kind of intensity its data source gave, so the type must be
 * declared. Stateless.
 */
final class CarbonAwareParser {
    private CarbonAwareParser() {}

    static IntensitySeries parse(Path file, IntensityType declared) {
        LocatedJson doc = LocatedJson.read(file);
        if (!doc.rootIsArray()) {
            throw InvalidInputException.inFile(
                    file,
                    1,
                    "(document)",
                    "expected a JSON array of {location, time, rating, duration} as /emissions/bylocation returns");
        }
        IntensityType type = SeriesReader.reconcile(file, "Carbon Aware SDK data", null, declared);
        String zone = null;
        List<RawPoint> raw = new ArrayList<>();
        for (JsonRecord item : JsonRecord.elements(doc, doc.rootArray(), "")) {
            String location = item.text("location");
            if (zone != null && !zone.equals(location)) {
                throw item.error(
                        "location",
                        "is '" + location + "' but earlier entries are '" + zone
                                + "': one series holds one location, so query one location per file");
            }
            zone = location;
            raw.add(new RawPoint(
                    item.instant("time"),
                    item.has("duration") ? item.duration("duration") : null,
                    item.nonNegative("rating"),
                    item.line("time")));
        }
        return Spacing.series(file, "time", raw, type, "carbon-aware from " + file.getFileName(), zone);
    }
}
