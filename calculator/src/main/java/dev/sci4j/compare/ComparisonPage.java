package dev.sci4j.compare;

import dev.sci4j.i18n.Message;
import dev.sci4j.i18n.Messages;
import dev.sci4j.report.Uncertainty;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison as one self-contained, accessible HTML page for procurement officers: {@code lang} on the
 * document, a summary in plain words, a ranking table with column and row headers, an SVG chart with a text
 * alternative, the non-conformant reports with their reasons, and how the numbers were obtained. No script and
 * no external assets. Stateless.
 */
public final class ComparisonPage {
    private ComparisonPage() {}

    public static String render(Comparison c, Messages m) {
        ComparisonText t = new ComparisonText(c, m);
        Html h = new Html();
        PageStyle.head(h, m.language().id(), t.title());
        if (!c.signaturesChecked()) {
            h.element("p", m.get("page.unverified"), "class", "unverified", "role", "note");
        }
        h.open("header")
                .element("h1", t.title())
                .raw("\n")
                .element("p", t.profileLine())
                .close("header");
        h.open("main");
        h.open("section", "aria-labelledby", "summary")
                .element("h2", m.get("section.summary"), "id", "summary")
                .open("ul");
        t.summary().forEach(line -> h.element("li", line));
        h.close("ul").close("section");
        grades(h, t);
        if (!c.ranked().isEmpty()) {
            ranking(h, t);
            details(h, t);
            chart(h, t);
        }
        if (!c.nonConformant().isEmpty()) {
            nonConformant(h, t);
        }
        method(h, t);
        h.close("main");
        PageStyle.end(h);
        return h.toString();
    }

    private static void ranking(Html h, ComparisonText t) {
        Messages m = t.m;
        h.open("section", "aria-labelledby", "ranking").element("h2", m.get("section.ranking"), "id", "ranking");
        List<String> cols = List.of(
                m.get("col.rank"),
                m.get("col.vendor"),
                m.get("col.sci", t.unit),
                m.get("col.interval"),
                m.get("col.grade"),
                m.get("col.distinct"),
                m.get("col.location"));
        head(h, m.get("table.caption", t.unit), cols);
        for (ComparisonEntry e : t.c.ranked()) {
            h.open("tr")
                    .element("td", Integer.toString(e.rank()), "class", "num", "data-label", cols.get(0))
                    .element("th", e.name(), "scope", "row", "data-label", cols.get(1))
                    .element("td", t.sci(e.normalisedOrNull()), "class", "num", "data-label", cols.get(2))
                    .element("td", t.interval(e.normalisedOrNull()), "class", "num", "data-label", cols.get(3))
                    .element("td", e.grade(), "data-label", cols.get(4))
                    .element(
                            "td",
                            e.indistinguishableFrom().isEmpty()
                                    ? m.get("distinct.yes")
                                    : m.get(
                                            "distinct.no",
                                            String.join(m.get("list.separator"), e.indistinguishableFrom())),
                            "data-label",
                            cols.get(5))
                    .element("td", t.location(e), "data-label", cols.get(6))
                    .close("tr");
        }
        h.close("tbody").close("table").close("section");
    }

    /**
     * Opens a table that reflows on narrow screens (each row a block, each cell labelled with its column): the
     * caption and the column headers, then {@code <tbody>}.
     */
    private static void head(Html h, String caption, List<String> cols) {
        h.open("table", "class", "reflow")
                .element("caption", caption)
                .open("thead")
                .open("tr");
        cols.forEach(col -> h.element("th", col, "scope", "col"));
        h.close("tr").close("thead").open("tbody");
    }

    /** The 評選 summary: the profile's grade thresholds, and how many reports earned each grade. */
    private static void grades(Html h, ComparisonText t) {
        Messages m = t.m;
        List<String> cols = List.of(m.get("col.grade"), m.get("col.threshold", t.unit), m.get("col.vendors"));
        h.open("section", "aria-labelledby", "grades").element("h2", m.get("section.grades"), "id", "grades");
        head(h, m.get("table.grades"), cols);
        for (String[] row : t.gradeRows()) {
            h.open("tr")
                    .element("th", row[0], "scope", "row", "data-label", cols.get(0))
                    .element("td", row[1], "class", "num", "data-label", cols.get(1))
                    .element("td", row[2], "data-label", cols.get(2))
                    .close("tr");
        }
        h.close("tbody").close("table").close("section");
    }

    /** O and M apart, PUE compared and declared, the energy evidence, CPU, units left out of R and the signer. */
    private static void details(Html h, ComparisonText t) {
        Messages m = t.m;
        h.open("section", "aria-labelledby", "details").element("h2", m.get("section.details"), "id", "details");
        List<String> cols = List.of(
                m.get("col.vendor"),
                m.get("col.operational", t.unit),
                m.get("col.embodied", t.unit),
                m.get("col.pue"),
                m.get("col.accuracy"),
                m.get("col.hardware"),
                m.get("col.excluded"),
                m.get("col.agentOverhead"),
                m.get("col.signer"));
        head(h, m.get("table.details", t.unit), cols);
        for (ComparisonEntry e : t.c.ranked()) {
            h.open("tr")
                    .element("th", e.name(), "scope", "row", "data-label", cols.get(0))
                    .element("td", t.operational(e), "class", "num", "data-label", cols.get(1))
                    .element("td", t.embodied(e), "class", "num", "data-label", cols.get(2))
                    .element("td", t.pue(e), "data-label", cols.get(3))
                    .element("td", t.accuracy(e), "data-label", cols.get(4))
                    .element("td", t.hardware(e), "data-label", cols.get(5))
                    .element("td", t.excluded(e), "data-label", cols.get(6))
                    .element("td", t.agentOverhead(e), "data-label", cols.get(7))
                    .element("td", t.signer(e), "class", "fingerprint", "data-label", cols.get(8))
                    .close("tr");
        }
        h.close("tbody").close("table").close("section");
    }

    private static void chart(Html h, ComparisonText t) {
        List<BarChart.Bar> bars = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (ComparisonEntry e : t.c.ranked()) {
            Uncertainty u = e.normalisedOrNull().uncertainty();
            String value = t.sci(e.normalisedOrNull()) + " (" + t.interval(e.normalisedOrNull()) + ")";
            bars.add(new BarChart.Bar(
                    e.reportOrNull().vendor().name(),
                    e.normalisedOrNull().sciGPerUnit(),
                    u.lowSciGPerUnit(),
                    u.highSciGPerUnit(),
                    t.sci(e.normalisedOrNull())));
            said.add(e.name() + ": " + value);
        }
        String desc = t.m.get("chart.desc", t.unit) + " " + String.join(t.m.get("list.separator"), said);
        h.open("section", "aria-labelledby", "chart").element("h2", t.m.get("section.chart"), "id", "chart");
        h.open("figure")
                .raw(BarChart.svg(bars, t.m.get("chart.title", t.unit), desc, t.unit))
                .element("figcaption", desc, "class", "note")
                .close("figure")
                .close("section");
    }

    private static void nonConformant(Html h, ComparisonText t) {
        Messages m = t.m;
        h.open("section", "aria-labelledby", "rejected")
                .element("h2", m.get("section.nonConformant"), "id", "rejected");
        List<String> cols = List.of(m.get("col.vendor"), m.get("col.file"), m.get("col.reasons"));
        head(h, m.get("table.rejected"), cols);
        for (ComparisonEntry e : t.c.nonConformant()) {
            h.open("tr")
                    .element("th", e.name(), "scope", "row", "data-label", cols.get(0))
                    .element("td", e.file(), "data-label", cols.get(1))
                    .open("td", "data-label", cols.get(2))
                    .open("ul", "class", "bad");
            for (Message r : e.reasons()) {
                h.element("li", m.render(r));
            }
            h.close("ul").close("td").close("tr");
        }
        h.close("tbody").close("table").close("section");
    }

    private static void method(Html h, ComparisonText t) {
        h.open("section", "aria-labelledby", "method")
                .element("h2", t.m.get("section.method"), "id", "method")
                .open("ul");
        h.element("li", t.functionalUnitLine());
        h.element(
                "li",
                t.m.get(
                        "method.warmUp",
                        t.f.number(t.c.profile().usageScenario().warmUpSeconds())));
        h.element("li", t.normalisationLine());
        h.element("li", t.m.get("method.pue", t.f.number(t.c.profile().referencePue())));
        h.element("li", t.embodiedLine());
        h.element("li", t.m.get("method.score"));
        h.element("li", t.m.get("method.uncertainty"));
        h.element("li", t.m.get("method.overlap"));
        h.element("li", t.signatures());
        h.element("li", t.m.get("method.signature"));
        h.element("li", t.m.get("page.rounding"));
        h.close("ul").close("section");
    }
}
