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

    String functionalUnitLine() {
        var fu = c.profile().functionalUnit();
        return m.get(
                "method.functionalUnit",
                fu.definition().in(m.language()),
                String.join(m.get("list.separator"), fu.countedUnits()),
                fu.excludedUnits().isEmpty()
                        ? m.get("excluded.none")
                        : String.join(m.get("list.separator"), fu.excludedUnits()));
    }

    String embodiedLine() {
        var e = c.profile().embodied();
        return m.get("method.embodied", f.number(e.perLogicalCoreG()), e.lifespan());
    }

    String operational(ComparisonEntry e) {
        var s = e.normalisedOrNull().total().score();
        return f.number(s.operational().grams() / s.functionalUnits());
    }

    String embodied(ComparisonEntry e) {
        var s = e.normalisedOrNull().total().score();
        return f.number(s.embodied().grams() / s.functionalUnits());
    }

    String pue(ComparisonEntry e) {
        double declared = e.reportOrNull().result().pue();
        return m.get(
                "pue.pair",
                f.number(c.profile().referencePue()),
                declared == dev.sci4j.model.Sci.NO_PUE ? m.get("pue.none") : f.number(declared));
    }

    String accuracy(ComparisonEntry e) {
        var facts = e.factsOrNull();
        return m.get("accuracy.pair", String.join(m.get("list.separator"), facts.sourceKinds()), facts.accuracyClass());
    }

    String hardware(ComparisonEntry e) {
        var facts = e.factsOrNull();
        return m.get("hardware.cores", String.join(m.get("list.separator"), facts.cpuModels()), facts.logicalCores());
    }

    String excluded(ComparisonEntry e) {
        var units = e.factsOrNull().excludedUnits();
        if (units.isEmpty()) {
            return m.get("excluded.none");
        }
        List<String> items = new java.util.ArrayList<>();
        units.forEach((name, count) -> items.add(m.get("excluded.item", name, f.number(count))));
        return String.join(m.get("list.separator"), items);
    }

    /** The sampler's CPU share and the CPU time per request, as the report states them (claims checked). */
    String agentOverhead(ComparisonEntry e) {
        var o = e.reportOrNull().agentOverhead();
        String perRequest = o.requestOverheadNs() != null
                ? m.get("overhead.ns", f.number(o.requestOverheadNs()))
                : o.notBenchmarked() ? m.get("overhead.notBenchmarked") : "—";
        return m.get("overhead.pair", f.percent(o.samplerCpuPercent()), perRequest);
    }

    String signer(ComparisonEntry e) {
        if (e.signerOrNull() == null) {
            return m.get("signer.none");
        }
        return m.get(e.signerVerified() ? "signer.verified" : "signer.unverified", e.signerOrNull());
    }

    /** Each grade with its threshold ("≤ x", the lowest "> x") and the vendors that earned it, best first. */
    List<String[]> gradeRows() {
        var p = c.profile();
        List<String[]> rows = new java.util.ArrayList<>();
        double previous = 0;
        for (var g : p.grades()) {
            rows.add(new String[] {g.grade(), "≤ " + f.number(g.maxSciGPerUnit()), vendorsWith(g.grade())});
            previous = g.maxSciGPerUnit();
        }
        rows.add(new String[] {p.lowestGrade(), "> " + f.number(previous), vendorsWith(p.lowestGrade())});
        return rows;
    }

    private String vendorsWith(String grade) {
        List<String> names = c.ranked().stream()
                .filter(e -> grade.equals(e.grade()))
                .map(ComparisonEntry::name)
                .toList();
        return names.isEmpty() ? m.get("excluded.none") : String.join(m.get("list.separator"), names);
    }
}
