package dev.sci4j.compare;

import dev.sci4j.i18n.Messages;
import java.io.PrintWriter;

/** Entry point for the terminal form of a comparison. Stateless and thread-safe. */
public final class ComparisonReport {
    private ComparisonReport() {}

    public static void printTable(Comparison c, Messages m, PrintWriter out) {
        ComparisonTable.print(new ComparisonText(c, m), out);
    }
}
