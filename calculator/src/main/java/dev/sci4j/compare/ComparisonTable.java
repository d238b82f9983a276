package dev.sci4j.compare;

import dev.sci4j.i18n.Message;
import java.io.PrintWriter;

/** The terminal form of a comparison: summary, ranking table, non-conformant reports with reasons. */
final class ComparisonTable {
    private ComparisonTable() {}

    static void print(ComparisonText t, PrintWriter out) {
        out.println(t.title());
        out.println(t.profileLine());
        out.println(t.normalisationLine());
        out.println(t.signatures());
        out.println();
        t.summary().forEach(out::println);
        out.println();
        if (!t.c.ranked().isEmpty()) {
            out.println(String.join(
                    " | ",
                    t.m.get("col.rank"),
                    t.m.get("col.vendor"),
                    t.m.get("col.sci", t.unit),
                    t.m.get("col.interval"),
                    t.m.get("col.grade"),
                    t.m.get("col.location")));
            for (ComparisonEntry e : t.c.ranked()) {
                out.println(String.join(
                        " | ",
                        Integer.toString(e.rank()),
                        e.name(),
                        t.sci(e.normalisedOrNull()),
                        t.interval(e.normalisedOrNull()),
                        e.grade(),
                        t.location(e)));
            }
            out.println();
        }
        if (!t.c.nonConformant().isEmpty()) {
            out.println(t.m.get("section.nonConformant"));
            for (ComparisonEntry e : t.c.nonConformant()) {
                out.println("- " + e.name() + " (" + e.file() + ")");
                for (Message reason : e.reasons()) {
                    out.println("    * " + t.m.render(reason));
                }
            }
            out.println();
        }
        out.println(t.m.get("page.rounding"));
    }
}
