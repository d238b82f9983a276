package dev.sci4j.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of a report tree that come before binding, so their messages can name fields: schema version,
 * non-finite numbers, and the members the report schema marks required (taken from the schema file itself, so
 * schema and reader cannot drift). Stateless and thread-safe.
 */
final class ReportValidation {
    private static final List<String> REQUIRED = required(ReportJson.schema(), "");
    private static final java.util.Set<String> NON_FINITE_TEXT =
            java.util.Set.of("NaN", "Infinity", "-Infinity", "+Infinity");

    private ReportValidation() {}

    static void check(ObjectNode tree, String source) {
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.isIntegralNumber() || version.intValue() != SciReport.SCHEMA_VERSION) {
            String got = version == null ? "missing" : version.toString();
            throw new InvalidReportException(
                    source,
                    ReportProblem.UNKNOWN_SCHEMA_VERSION,
                    List.of("schemaVersion"),
                    "schemaVersion is " + got + ": this sci4j reads report schema version " + SciReport.SCHEMA_VERSION);
        }
        List<String> nonFinite = new ArrayList<>();
        nonFinite(tree, "", nonFinite);
        if (!nonFinite.isEmpty()) {
            throw new InvalidReportException(
                    source,
                    ReportProblem.NOT_A_NUMBER,
                    nonFinite,
                    "not a finite number (NaN or infinite): " + String.join(", ", nonFinite));
        }
        List<String> missing = REQUIRED.stream().filter(p -> absent(tree, p)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidReportException(
                    source,
                    ReportProblem.MISSING_DISCLOSURES,
                    missing,
                    "missing disclosures: " + String.join(", ", missing));
        }
    }

    /** The dotted paths of every required member of the schema's nested objects (arrays' items excluded). */
    static List<String> required(JsonNode schema, String prefix) {
        List<String> out = new ArrayList<>();
        for (JsonNode name : schema.path("required")) {
            String path = prefix + name.asText();
            out.add(path);
            JsonNode child = schema.path("properties").path(name.asText());
            if (child.path("type").asText().equals("object")) {
                out.addAll(required(child, path + "."));
            }
        }
        return out;
    }

    private static boolean absent(ObjectNode tree, String dotted) {
        JsonNode n = tree;
        for (String part : dotted.split("\\.")) {
            if (n == null || n.isNull()) {
                // A null parent is reported once, at the parent.
                return false;
            }
            n = n.get(part);
        }
        return n == null;
    }

    private static void nonFinite(JsonNode n, String path, List<String> out) {
        if (n.isNumber() && n.isFloatingPointNumber() && !Double.isFinite(n.doubleValue())) {
            out.add(path);
        } else if (n.isTextual() && NON_FINITE_TEXT.contains(n.textValue()) && !path.startsWith("measurements")) {
            // Jackson writes NaN as the string "NaN" and would coerce it back into a double: name it here.
            out.add(path);
        } else if (n.isObject()) {
            n.fieldNames().forEachRemaining(f -> nonFinite(n.get(f), path.isEmpty() ? f : path + "." + f, out));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                nonFinite(n.get(i), path + "[" + i + "]", out);
            }
        }
    }
}
