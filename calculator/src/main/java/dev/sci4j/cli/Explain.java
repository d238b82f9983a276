package dev.sci4j.cli;

import dev.sci4j.units.Numbers;
import java.io.PrintWriter;
import java.util.Locale;

/** Writes the human form of a result: the formula with the numbers put in, a unit on every figure. */
final class Explain {
    private final PrintWriter out;

    Explain(PrintWriter out) {
        this.out = out;
    }

    void line(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }

    static String plain(double value) {
        return Numbers.display(value);
    }

    String n(double value) {
        return Numbers.display(value);
    }

    void roundingNote() {
        line(
                "(figures rounded to %d significant digits for display; --json gives full precision)",
                Numbers.DISPLAY_SIGNIFICANT_DIGITS);
    }
}
