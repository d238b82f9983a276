package dev.sci4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.model.Sci;
import dev.sci4j.model.SciScore;
import dev.sci4j.score.MeasuredUnits;
import dev.sci4j.score.ScoreWarnings;
import dev.sci4j.score.ScoredResult;
import dev.sci4j.score.UnitScores;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints SCI per functional-unit kind and overall, explained or as JSON; shared by {@code score} and {@code demo}. */
final class UnitScoresOutput {
    private UnitScoresOutput() {}

    static ObjectNode json(UnitScores scores) {
        ObjectNode n = scores.toJson();
        ArrayNode warnings = n.putArray("warnings");
        ScoreWarnings.of(scores).forEach(warnings::add);
        n.put("generator", "sci4j " + VersionProvider.version());
        return n;
    }

    /** One stderr line per warning (see {@link ScoreWarnings}), whatever the output format. */
    static void warn(PrintWriter err, UnitScores scores) {
        warn(err, ScoreWarnings.of(scores));
    }

    static void warn(PrintWriter err, List<String> warnings) {
        warnings.forEach(w -> err.println("sci4j: warning: " + w));
        err.flush();
    }

    static void explain(PrintWriter out, UnitScores scores) {
        Explain x = new Explain(out);
        ScoredResult overall = scores.overall();
        SciScore o = overall.score();
        x.line("SCI per functional unit   (ISO/IEC 21031:2024: SCI = (E x PUE x I + M) / R)");
        x.line(
                "  E = %s J = %s kWh   [%s]",
                x.n(o.itEnergy().joules()),
                x.n(o.itEnergy().kwh()),
                overall.energy().describe());
        if (o.pue() != Sci.NO_PUE) {
            x.line("      x PUE %s", x.n(o.pue()));
        }
        x.line(
                "  I = %s   [%s]",
                overall.intensityForDisplay(), overall.intensity().describe());
        x.line(
                overall.embodiedIncluded()
                        ? "  M = %s gCO2e   [declared; shared by energy]"
                        : "  M = %s gCO2e   [not given: embodied emissions are EXCLUDED; add --embodied-g]",
                x.n(o.embodied().grams()));
        x.line("  E by kind: %s", scores.measured().sharing());
        x.line(
                "  (%s J of the process energy were not attributed to a unit by CPU time and are shared this way)",
                x.n(scores.measured().unattributedJoules()));
        x.line("");
        x.line(
                "  %-40s %10s %8s %14s %14s %16s",
                "unit", "R (ok)", "failed", "E (J)", "J per unit", "SCI (gCO2e/unit)");
        List<String> notes = new ArrayList<>();
        for (UnitScores.UnitScore u : scores.units()) {
            row(x, u.energy().name(), u, "undefined (R=0)", notes);
            for (UnitScores.NestedScore n : scores.nested()) {
                if (n.parents().get(0).equals(u.energy().name())) {
                    String indent = "  ".repeat(n.parents().size());
                    row(x, indent + "of which " + n.score().energy().name(), n.score(), "undefined", notes);
                }
            }
        }
        x.line(
                "  %-40s %10d %8s %14s %14s %16s",
                "overall",
                scores.measured().okTotal(),
                "",
                x.n(o.itEnergy().joules()),
                x.n(o.itEnergy().joules() / scores.measured().okTotal()),
                x.n(o.gramsPerUnit()));
        x.line("");
        notes.forEach(note -> x.line("  %s", note));
        x.line("  %s", UnitScores.OVERALL_MEANING);
        if (!scores.nested().isEmpty()) {
            x.line("  %s", MeasuredUnits.NESTING);
        }
        x.roundingNote();
    }

    /** One kind's row; a kind whose E is not simply its own shows why in the E column and adds a note. */
    private static void row(Explain x, String label, UnitScores.UnitScore u, String undefined, List<String> notes) {
        ScoredResult r = u.result();
        double joules = u.energyJoules();
        String e;
        switch (u.basis()) {
            case PARENT:
                e = "parent's";
                break;
            case UNKNOWN:
                e = "unknown";
                break;
            default:
                e = x.n(joules);
        }
        x.line(
                "  %-40s %10d %8d %14s %14s %16s",
                label,
                u.energy().okCount(),
                u.energy().failedCount(),
                e,
                u.energy().okCount() > 0 && !Double.isNaN(joules)
                        ? x.n(joules / u.energy().okCount())
                        : "-",
                r == null ? undefined : x.n(r.score().gramsPerUnit()));
        if (u.energyNote() != null) {
            notes.add(u.energy().name() + ": " + u.energyNote());
        }
    }
}
