package dev.sci4j.grid;

import dev.sci4j.input.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a CSV intensity series (gCO2e/kWh), e.g. an Electricity Maps export. Columns are found by header
 * name; see {@link SeriesReader}. Stateless.
 */
final class CsvSeriesParser {
    private static final Set<String> TIME_NAMES = Set.of("datetime", "time", "timestamp", "point_time");
    private static final Set<String> ZONE_NAMES = Set.of("zone", "zone id", "zone_id", "location", "region");
    private static final String TIME_ACCEPTED = "datetime, Datetime (UTC), time, timestamp or point_time";
    /** Units other than gCO2e/kWh that a header might name; reading them as grams would be silently wrong. */
    private static final List<String> OTHER_UNITS = List.of("lb", "kg", "mwh", "tonne", "tco2");

    private CsvSeriesParser() {}

    static IntensitySeries parse(Path file, IntensityType declared, String intensityColumnOrNull) {
        CsvTable table = CsvTable.read(file);
        int time = table.requiredColumn(name -> TIME_NAMES.contains(withoutUtc(name)), "datetime", TIME_ACCEPTED);
        int zone = table.column(ZONE_NAMES::contains, "zone");
        int duration = table.column("duration"::equals, "duration");
        int intensity = intensityColumn(table, intensityColumnOrNull);
        String timeField = table.header().get(time);
        String intensityField = table.header().get(intensity);
        boolean utc = timeField.toLowerCase(Locale.ROOT).contains("utc");

        boolean electricityMaps = isElectricityMaps(table, intensityField);
        IntensityType type = SeriesReader.reconcile(
                file,
                electricityMaps ? "an Electricity Maps CSV export" : "a CSV series",
                electricityMaps ? IntensityType.AVERAGE : null,
                declared);

        List<RawPoint> raw = new ArrayList<>();
        String zoneId = null;
        for (CsvTable.Row row : table.rows()) {
            if (zone >= 0) {
                zoneId = sameZone(
                        file,
                        row,
                        table.header().get(zone),
                        zoneId,
                        row.get(zone).trim());
            }
            raw.add(new RawPoint(
                    Timestamps.parse(row.get(time), utc, file, row.line(), timeField),
                    duration < 0 || row.get(duration).isBlank()
                            ? null
                            : FieldValues.duration(
                                    row.get(duration),
                                    file,
                                    row.line(),
                                    table.header().get(duration)),
                    FieldValues.nonNegative(
                            FieldValues.number(row.get(intensity), file, row.line(), intensityField),
                            file,
                            row.line(),
                            intensityField),
                    row.line()));
        }
        String source = (electricityMaps ? "electricitymaps csv" : "csv") + " '" + intensityField + "' from "
                + file.getFileName();
        return Spacing.series(file, timeField, raw, type, source, zoneId);
    }

    private static int intensityColumn(CsvTable table, String wanted) {
        if (wanted != null) {
            return table.requiredColumn(
                    name -> name.equals(wanted.trim().toLowerCase(Locale.ROOT)),
                    wanted,
                    "'" + wanted + "' (the intensity column asked for)");
        }
        List<String> candidates = new ArrayList<>();
        for (String name : table.header()) {
            if (name.toLowerCase(Locale.ROOT).contains("intensity")) {
                candidates.add(name);
            }
        }
        if (candidates.size() > 1) {
            throw InvalidInputException.inFile(
                    table.file(),
                    table.headerLine(),
                    "intensity",
                    "several columns " + candidates + " hold intensities: name the one to use, or delete the others");
        }
        int index = table.requiredColumn(
                name -> name.contains("intensity"),
                "intensity",
                "e.g. carbon_intensity or 'Carbon Intensity gCO₂eq/kWh (LCA)'");
        String name = table.header().get(index).toLowerCase(Locale.ROOT);
        for (String unit : OTHER_UNITS) {
            if (name.contains(unit)) {
                throw InvalidInputException.inFile(
                        table.file(),
                        table.headerLine(),
                        table.header().get(index),
                        "names a unit other than gCO2e/kWh ('" + unit + "'): convert the values to gCO2e/kWh");
            }
        }
        return index;
    }

    /** An Electricity Maps export: a "Zone Id" column and its "gCO₂eq/kWh" intensity header. */
    private static boolean isElectricityMaps(CsvTable table, String intensityField) {
        String intensity = intensityField.toLowerCase(Locale.ROOT);
        boolean emUnit = intensity.contains("gco₂eq/kwh") || intensity.contains("gco2eq/kwh");
        return emUnit
                && table.header().stream()
                        .anyMatch(h -> h.toLowerCase(Locale.ROOT).equals("zone id"));
    }

    private static String sameZone(Path file, CsvTable.Row row, String field, String seen, String zone) {
        if (zone.isEmpty()) {
            throw InvalidInputException.inFile(file, row.line(), field, "is empty");
        }
        if (seen != null && !seen.equals(zone)) {
            throw InvalidInputException.inFile(
                    file,
                    row.line(),
                    field,
                    "is '" + zone + "' but earlier rows are '" + seen
                            + "': one series holds one zone, so split the file");
        }
        return zone;
    }

    /** "datetime (utc)" → "datetime", so a UTC marker does not hide a known name. */
    private static String withoutUtc(String lowerCaseName) {
        return lowerCaseName.replace("(utc)", "").trim();
    }
}
