package dev.sci4j.budget;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sci4j.input.Checks;
import dev.sci4j.input.InputFiles;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.report.SciReport;
import dev.sci4j.units.Units;
import java.nio.file.Path;

/**
 * Reads the {@link ReportedScore} fields of a run: from an SCI report written by {@code sci4j report}
 * (read and validated by {@code dev.sci4j.report.ReportJson}), or from the JSON of {@code sci4j score --json}
 * ({@code functionalUnit}, {@code units} (R), {@code energyKwh} and {@code sci}, at the top level or inside a
 * {@code score} object).
 * Stateless and thread-safe.
 */
final class ReportJson {
    private ReportJson() {}

    static ReportedScore read(Path file) {
        return fromTree(file, CheckFiles.readTree(file, InputFiles.Kind.REPORT));
    }

    static ReportedScore fromTree(Path file, JsonNode root) {
        if (isSciReport(root)) {
            // The full report model validates every disclosure; verifying its signature is 'sci4j verify''s job.
            SciReport report = dev.sci4j.report.ReportJson.read(file).report();
            return new Run(
                    file.toString(),
                    report.functionalUnit().name(),
                    report.result().functionalUnits(),
                    Units.kwhToJoules(report.result().energyKwh()),
                    report.result().sciGPerUnit());
        }
        JsonNode n = root.has("score") && root.get("score").isObject() ? root.get("score") : root;
        String unit = text(file, n, "functionalUnit");
        double units = Checks.positive(number(file, n, "units"), file + ": field 'units' (R)");
        double kwh = Checks.nonNegative(number(file, n, "energyKwh"), file + ": field 'energyKwh'");
        double sci = Checks.nonNegative(number(file, n, "sci"), file + ": field 'sci'");
        return new Run(file.toString(), unit, units, Units.kwhToJoules(kwh), sci);
    }

    /** The fields a check needs, from either kind of file. */
    private record Run(
            String source, String functionalUnit, double functionalUnits, double energyJoules, double sciGramsPerUnit)
            implements ReportedScore {}

    /** A report written by {@code sci4j report} (as opposed to the JSON of {@code sci4j score --json}). */
    private static boolean isSciReport(JsonNode root) {
        return root.has("schemaVersion")
                && root.path("result").isObject()
                && root.path("functionalUnit").isObject();
    }

    static boolean looksLikeReport(JsonNode root) {
        JsonNode n = root.has("score") ? root.get("score") : root;
        return isSciReport(root) || n.has("sci") && n.has("functionalUnit");
    }

    private static String text(Path file, JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw InvalidInputException.file(
                    file,
                    "field '" + field + "' is missing or not text; expected an SCI"
                            + " report (the JSON of 'sci4j score --json')");
        }
        return v.asText();
    }

    private static double number(Path file, JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) {
            throw InvalidInputException.file(
                    file,
                    "field '" + field + "' is missing or not a number; expected an"
                            + " SCI report (the JSON of 'sci4j score --json')");
        }
        return v.asDouble();
    }
}
