package dev.sci4j.budget;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.stats.SampleSummary;
import dev.sci4j.units.Numbers;

/**
 * The check for github-action-benchmark's {@code customSmallerIsBetter} tool: an array of
 * {@code {"name","unit","value","range","extra"}}, two entries per functional unit (the aggregated SCI in
 * gCO2e per unit, and the aggregated energy in joules per unit). {@code range} is "± the sample standard
 * deviation"; {@code extra} names the aggregation, the run count and the limits' outcomes. Values are written
 * by Jackson at full precision, locale-free. Stateless and thread-safe.
 */
final class BenchmarkJson {
    private BenchmarkJson() {}

    static ArrayNode toJson(CheckResult result) {
        ArrayNode out = CheckFiles.MAPPER.createArrayNode();
        Aggregation agg = result.budget().aggregation();
        for (UnitResult u : result.units()) {
            entry(
                    out.addObject(),
                    u.unitName() + " SCI",
                    LimitKind.MAX_SCI.unit(u.unitName()),
                    u.sci(),
                    agg,
                    outcomes(u, LimitKind.MAX_SCI, LimitKind.MAX_REGRESSION_PERCENT));
            entry(
                    out.addObject(),
                    u.unitName() + " energy per unit",
                    LimitKind.MAX_ENERGY_PER_UNIT_JOULES.unit(u.unitName()),
                    u.energyPerUnit(),
                    agg,
                    outcomes(u, LimitKind.MAX_ENERGY_PER_UNIT_JOULES));
        }
        return out;
    }

    private static void entry(
            ObjectNode n, String name, String unit, SampleSummary s, Aggregation agg, String outcomes) {
        n.put("name", name);
        n.put("unit", unit);
        n.put("value", agg.of(s));
        n.put("range", "± " + Numbers.display(s.stdDev()));
        n.put("extra", agg.id() + " of " + s.count() + " run" + (s.count() == 1 ? "" : "s") + outcomes);
    }

    private static String outcomes(UnitResult u, LimitKind... kinds) {
        StringBuilder sb = new StringBuilder();
        for (LimitResult l : u.limits()) {
            for (LimitKind k : kinds) {
                if (l.kind() == k) {
                    sb.append("; ")
                            .append(k.field())
                            .append(' ')
                            .append(Numbers.display(l.limit().value()))
                            .append(" (")
                            .append(l.limit().level().id())
                            .append("): ")
                            .append(word(l));
                }
            }
        }
        return sb.toString();
    }

    static String word(LimitResult l) {
        return switch (l.outcome()) {
            case PASS -> "pass";
            case INCONCLUSIVE -> "inconclusive";
            case BREACH -> l.failsCheck() ? "FAIL" : "WARN";
        };
    }
}
