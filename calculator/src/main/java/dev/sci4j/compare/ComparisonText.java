package dev.sci4j.compare;

import dev.sci4j.i18n.Formats;
import dev.sci4j.i18n.Messages;
import dev.sci4j.report.ScoredRepetitions;
import java.util.List;

/**
 * The words and figures every rendering of a comparison shares (terminal, HTML), so the table, the chart's text
 * alternative and the summary say the same thing. Immutable and thread-safe.
 */
final class ComparisonText {
    final Comparison c;
    final Messages m;
    final Formats f;
    final String unit;

    ComparisonText(Comparison c, Messages m) {
        this.c = c;
        this.m = m;
        this.f = Formats.of(m.language());
        this.unit = "gCO2e/" + c.profile().functionalUnit().name();
    }

    String title() {
        return m.get("page.title", c.profile().title().in(m.language()));
    }

    String profileLine() {
        return m.get("page.profile", c.profile().id(), c.profile().version(), f.date(c.comparedAt()));
    }

    String normalisationLine() {
        var g = c.profile().grid();
        return m.get(
                "page.normalisation",
                g.source(),
                g.region(),
                f.year(g.year()),
                m.get("type." + g.type()),
                f.number(c.normalisedIntensityGPerKwh()));
    }

    String sci(ScoredRepetitions s) {
        return f.number(s.sciGPerUnit());
    }

    String interval(ScoredRepetitions s) {
        return m.get(
                "page.interval",
                f.number(s.uncertainty().lowSciGPerUnit()),
                f.number(s.uncertainty().highSciGPerUnit()));
    }

    String location(ComparisonEntry e) {
        var g = e.reportOrNull().grid();
        return m.get(
                "page.location",
                f.number(e.reportOrNull().result().sciGPerUnit()),
                g.region(),
                f.year(g.year()),
                f.number(g.intensityGPerKwh()));
    }

    /** One sentence per conformant entry, e.g. "1. A (0.0001 gCO2e/request, 95 % …); cannot be told apart from B". */
    List<String> summary() {
        List<ComparisonEntry> ranked = c.ranked();
        if (ranked.isEmpty()) {
            return List.of(m.get("summary.none"));
        }
        List<String> lines = new java.util.ArrayList<>();
        for (ComparisonEntry e : ranked) {
            String line = m.get(
                    "summary.rank",
                    e.rank(),
                    e.name(),
                    sci(e.normalisedOrNull()),
                    unit,
                    interval(e.normalisedOrNull()),
                    e.grade());
            if (!e.indistinguishableFrom().isEmpty()) {
                line += m.get("sentence.join")
                        + m.get("summary.overlap", String.join(m.get("list.separator"), e.indistinguishableFrom()));
            }
            lines.add(line);
        }
        if (!c.nonConformant().isEmpty()) {
            lines.add(m.get("summary.nonConformant", c.nonConformant().size()));
        }
        return lines;
    }

    String signatures() {
        return m.get(c.signaturesChecked() ? "page.signaturesChecked" : "page.signaturesNotChecked");
    }
}
