package dev.sci4j.budget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.input.Checks;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.stats.SampleSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The check result as JSON ({@code "kind": "sci4j-check"}): the verdict, every limit, and every run's score
 * per unit, so a result saved from the main branch can serve as the next build's {@code --baseline}. Field
 * names carry their units; numbers are written at full precision by Jackson (locale-free); NaN is omitted.
 * Stateless and thread-safe.
 */
public final class CheckJson {
    public static final String KIND = "sci4j-check";
    public static final int FORMAT_VERSION = 1;

    private CheckJson() {}

    public static ObjectNode toJson(CheckResult result, String generator) {
        ObjectNode n = CheckFiles.MAPPER.createObjectNode();
        n.put("kind", KIND);
        n.put("formatVersion", FORMAT_VERSION);
        n.put("generator", generator);
        n.put("passed", result.passed());
        n.put("errors", result.errors());
        n.put("warnings", result.warnings());
        n.put("inputs", result.sourceDescription());
        n.put("grid", result.gridDescription());
        if (result.baselineDescriptionOrNull() != null) {
            n.put("baseline", result.baselineDescriptionOrNull());
        }
        n.put("aggregation", result.budget().aggregation().id());
        n.put("pue", result.budget().pue());
        ObjectNode guard = n.putObject("guard");
        guard.put("test", "Welch one-sided t-test of current vs baseline x (1 + maxRegressionPercent/100)");
        guard.put("minSamples", result.budget().guard().minSamples());
        guard.put("alpha", result.budget().guard().alpha());
        ObjectNode units = n.putObject("units");
        result.units().forEach(u -> unit(units.putObject(u.unitName()), u));
        return n;
    }

    private static void unit(ObjectNode n, UnitResult u) {
        summary(n.putObject("sciGramsPerUnit"), u.sci());
        summary(n.putObject("energyPerUnitJoules"), u.energyPerUnit());
        ArrayNode limits = n.putArray("limits");
        u.limits().forEach(l -> limit(limits.addObject(), l));
        ArrayNode runs = n.putArray("runs");
        u.runs().forEach(r -> {
            ObjectNode o = runs.addObject();
            o.put("source", r.source());
            o.put("functionalUnits", r.functionalUnits());
            o.put("energyJoules", r.energyJoules());
            o.put("energyPerUnitJoules", r.energyPerUnitJoules());
            o.put("sciGramsPerUnit", r.sciGramsPerUnit());
        });
    }

    private static void summary(ObjectNode n, SampleSummary s) {
        n.put("count", s.count());
        n.put("median", s.median());
        n.put("mean", s.mean());
        n.put("stdDev", s.stdDev());
        n.put("min", s.min());
        n.put("max", s.max());
    }

    private static void limit(ObjectNode n, LimitResult l) {
        n.put("limit", l.kind().field());
        n.put("level", l.limit().level().id());
        n.put("value", l.limit().value());
        n.put("valueUnit", l.valueUnit());
        n.put("outcome", l.outcome().name().toLowerCase(java.util.Locale.ROOT));
        finite(n, "observed", l.observed());
        finite(n, "uncertainty", l.uncertainty());
        finite(n, "excessPercent", l.excessPercent());
        finite(n, "pValue", l.pValue());
        n.put("message", l.message());
    }

    private static void finite(ObjectNode n, String field, double value) {
        if (Double.isFinite(value)) {
            n.put(field, value);
        }
    }

    static boolean isCheckResult(JsonNode root) {
        return KIND.equals(root.path("kind").asText());
    }

    /** The runs per unit of a saved check result, as a baseline. */
    static Map<String, List<RunScore>> runs(Path file, JsonNode root) {
        if (root.path("formatVersion").asInt() != FORMAT_VERSION) {
            throw InvalidInputException.file(
                    file,
                    "check result formatVersion " + root.path("formatVersion") + " is not supported (expected "
                            + FORMAT_VERSION + ")");
        }
        Map<String, List<RunScore>> out = new java.util.TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> units = root.path("units").fields();
        while (units.hasNext()) {
            Map.Entry<String, JsonNode> unit = units.next();
            List<RunScore> runs = new ArrayList<>();
            for (JsonNode r : unit.getValue().path("runs")) {
                String source = file + ": " + r.path("source").asText();
                double count = number(file, r, "functionalUnits");
                double joules = number(file, r, "energyJoules");
                double sci = number(file, r, "sciGramsPerUnit");
                String where = file + ": unit '" + unit.getKey() + "'";
                runs.add(Checks.valid(where, () -> new RunScore(source, count, joules, sci)));
            }
            out.put(unit.getKey(), runs);
        }
        return out;
    }

    private static double number(Path file, JsonNode run, String field) {
        JsonNode v = run.get(field);
        if (v == null || !v.isNumber()) {
            throw InvalidInputException.file(file, "a run's field '" + field + "' is missing or not a number");
        }
        return v.asDouble();
    }
}
