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
        h.open("table")
                .element("caption", m.get("table.caption", t.unit))
                .open("thead")
                .open("tr");
        for (String col : List.of(
                m.get("col.rank"),
                m.get("col.vendor"),
                m.get("col.sci", t.unit),
                m.get("col.interval"),
                m.get("col.grade"),
                m.get("col.distinct"),
                m.get("col.location"))) {
            h.element("th", col, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        for (ComparisonEntry e : t.c.ranked()) {
            h.open("tr")
                    .element("td", Integer.toString(e.rank()), "class", "num")
                    .element("th", e.name(), "scope", "row")
                    .element("td", t.sci(e.normalisedOrNull()), "class", "num")
                    .element("td", t.interval(e.normalisedOrNull()), "class", "num")
                    .element("td", e.grade())
                    .element(
                            "td",
                            e.indistinguishableFrom().isEmpty()
                                    ? m.get("distinct.yes")
                                    : m.get(
                                            "distinct.no",
                                            String.join(m.get("list.separator"), e.indistinguishableFrom())))
                    .element("td", t.location(e))
                    .close("tr");
        }
        h.close("tbody").close("table").close("section");
    }

    /** O and M apart, PUE compared and declared, the energy evidence, CPU, units left out of R and the signer. */
    private static void details(Html h, ComparisonText t) {
        Messages m = t.m;
        h.open("section", "aria-labelledby", "details").element("h2", m.get("section.details"), "id", "details");
        h.open("table")
                .element(
                        "caption",
                        m.get("table.details", t.c.profile().functionalUnit().name()))
                .open("thead")
                .open("tr")
                .element("th", m.get("col.vendor"), "scope", "col");
        for (String col : List.of(
                m.get("col.operational", t.unit),
                m.get("col.embodied", t.unit),
                m.get("col.pue"),
                m.get("col.accuracy"),
                m.get("col.hardware"),
                m.get("col.excluded"),
                m.get("col.signer"))) {
            h.element("th", col, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        for (ComparisonEntry e : t.c.ranked()) {
            h.open("tr")
                    .element("th", e.name(), "scope", "row")
                    .element("td", t.operational(e), "class", "num")
                    .element("td", t.embodied(e), "class", "num")
                    .element("td", t.pue(e))
                    .element("td", t.accuracy(e))
                    .element("td", t.hardware(e))
                    .element("td", t.excluded(e))
                    .element("td", t.signer(e), "class", "fingerprint")
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
        h.open("table")
                .element("caption", m.get("table.rejected"))
                .open("thead")
                .open("tr")
                .element("th", m.get("col.vendor"), "scope", "col")
                .element("th", m.get("col.file"), "scope", "col")
                .element("th", m.get("col.reasons"), "scope", "col")
                .close("tr")
                .close("thead")
                .open("tbody");
        for (ComparisonEntry e : t.c.nonConformant()) {
            h.open("tr")
                    .element("th", e.name(), "scope", "row")
                    .element("td", e.file())
                    .open("td")
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
