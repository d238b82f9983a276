package dev.sci4j.budget;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.units.Units;
import java.nio.file.Path;

/**
 * Reads the {@link ReportedScore} fields of a report: {@code functionalUnit}, {@code units} (R),
 * {@code energyKwh} and {@code sci}, at the top level or inside a {@code score} object. These are the names
 * {@code sci4j score --json} writes ({@code dev.sci4j.score.ScoredResult#toJson}); when the report model of
 * {@code sci4j report} lands, it should implement {@link ReportedScore} directly and this reader goes.
 * Stateless and thread-safe.
 */
final class ReportJson {
    private ReportJson() {
    }

    static ReportedScore read(Path file) {
        return fromTree(file, CheckFiles.readTree(file));
    }

    static ReportedScore fromTree(Path file, JsonNode root) {
        JsonNode n = root.has("score") && root.get("score").isObject() ? root.get("score") : root;
        String unit = text(file, n, "functionalUnit");
        double r = number(file, n, "units");
        double joules = Units.kwhToJoules(number(file, n, "energyKwh"));
        double sci = number(file, n, "sci");
        String source = file.toString();
        return new ReportedScore() {
            @Override
            public String source() {
                return source;
            }

            @Override
            public String functionalUnit() {
                return unit;
            }

            @Override
            public double functionalUnits() {
                return r;
            }

            @Override
            public double energyJoules() {
                return joules;
            }

            @Override
            public double sciGramsPerUnit() {
                return sci;
            }
        };
    }

    static boolean looksLikeReport(JsonNode root) {
        JsonNode n = root.has("score") ? root.get("score") : root;
        return n.has("sci") && n.has("functionalUnit");
    }

    private static String text(Path file, JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw InvalidInputException.file(file, "field '" + field + "' is missing or not text; expected an SCI"
                    + " report (the JSON of 'sci4j score --json')");
        }
        return v.asText();
    }

    private static double number(Path file, JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) {
            throw InvalidInputException.file(file, "field '" + field + "' is missing or not a number; expected an"
                    + " SCI report (the JSON of 'sci4j score --json')");
        }
        return v.asDouble();
    }
}
