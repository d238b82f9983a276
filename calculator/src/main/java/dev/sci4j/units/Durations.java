package dev.sci4j.units;

import dev.sci4j.input.InvalidInputException;
import dev.sci4j.rules.duration.DurationGrammar;
import java.time.Duration;

/**
 * Parses the durations users write, in the grammar shared with the agent ({@link DurationGrammar}):
 * {@code 3600s}, {@code 90min}, {@code 1.5h}, {@code 30d}, {@code 4y} (1 y = 365 d, the SCI convention),
 * {@code 250ms}, and ISO-8601 such as {@code PT1H} or {@code P30D}. A bare number, a negative value or an
 * unknown unit is rejected: "1m" would be ambiguous (minute or month?) so minutes are written {@code min}.
 * Errors are {@link InvalidInputException}s, so the CLI reports them as bad input.
 */
public final class Durations {
    private Durations() {}

    public static Duration parse(String text) {
        return parse(text, "duration");
    }

    /** Parses {@code text}; {@code field} names the input in the error message. */
    public static Duration parse(String text, String field) {
        try {
            return DurationGrammar.parse(text, field);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    /** A short human form, e.g. "3600 s (1 h)". */
    public static String describe(Duration d) {
        return Numbers.display(Units.seconds(d)) + " s";
    }
}
