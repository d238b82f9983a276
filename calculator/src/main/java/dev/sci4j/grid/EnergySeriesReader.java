package dev.sci4j.grid;

import dev.sci4j.input.Checks;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.units.Energy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads energy intervals from a CSV with the header {@code start,end,energy_kwh} or
 * {@code start,end,energy_joules} (names case-insensitive, any column order). Timestamps are ISO-8601 with an
 * offset. Errors name the file, line and field. Stateless and thread-safe.
 */
public final class EnergySeriesReader {
    private static final String KWH = "energy_kwh";
    private static final String JOULES = "energy_joules";

    private EnergySeriesReader() {}

    public static List<EnergyInterval> read(Path csv) {
        CsvTable table = CsvTable.read(csv);
        int start = table.requiredColumn("start"::equals, "start", "start");
        int end = table.requiredColumn("end"::equals, "end", "end");
        int kwh = table.column(KWH::equals, KWH);
        int joules = table.column(JOULES::equals, JOULES);
        if (kwh >= 0 && joules >= 0) {
            throw InvalidInputException.inFile(
                    csv,
                    table.headerLine(),
                    JOULES,
                    "the header has both " + KWH + " and " + JOULES + ": keep one energy column");
        }
        if (kwh < 0 && joules < 0) {
            throw InvalidInputException.inFile(
                    csv,
                    table.headerLine(),
                    KWH,
                    "no energy column in header " + table.header() + ": name it " + KWH + " or " + JOULES);
        }
        int energyColumn = kwh >= 0 ? kwh : joules;
        String energyField = table.header().get(energyColumn);
        if (table.rows().isEmpty()) {
            throw InvalidInputException.file(csv, "has a header but no energy rows");
        }
        List<EnergyInterval> intervals = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Instant from = Timestamps.parse(
                    row.get(start), false, csv, row.line(), table.header().get(start));
            Instant to = Timestamps.parse(
                    row.get(end), false, csv, row.line(), table.header().get(end));
            if (!to.isAfter(from)) {
                throw InvalidInputException.inFile(
                        csv, row.line(), table.header().get(end), to + " must be after start " + from);
            }
            double amount = FieldValues.nonNegative(
                    FieldValues.number(row.get(energyColumn), csv, row.line(), energyField),
                    csv,
                    row.line(),
                    energyField);
            // Too large to hold in joules is the file's problem, not a bug.
            Energy energy = Checks.valid(
                    csv + " line " + row.line() + ", field '" + energyField + "'",
                    () -> kwh >= 0 ? Energy.ofKwh(amount) : Energy.ofJoules(amount));
            intervals.add(new EnergyInterval(from, to, energy));
        }
        return List.copyOf(intervals);
    }
}
