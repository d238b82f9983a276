package dev.sci4j.units;

import dev.sci4j.input.InvalidInputException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the durations users write: {@code 3600s}, {@code 90min}, {@code 1.5h}, {@code 30d}, {@code 4y}
 * (1 y = 365 d, the SCI convention), {@code 250ms}, and ISO-8601 such as {@code PT1H} or {@code P30D}.
 * A bare number, a negative value or an unknown unit is rejected: "1m" would be ambiguous (minute or
 * month?) so minutes are written {@code min}.
 */
public final class Durations {
    private static final Pattern SIMPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|sec|min|h|d|w|y)");

    private Durations() {
    }

    public static Duration parse(String text) {
        return parse(text, "duration");
    }

    /** Parses {@code text}; {@code field} names the input in the error message. */
    public static Duration parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field + " is missing");
        }
        String trimmed = text.trim();
        if (trimmed.toUpperCase(Locale.ROOT).startsWith("P")) {
            return parseIso(trimmed, field);
        }
        Matcher m = SIMPLE.matcher(trimmed.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidInputException(field + " '" + text + "' is not a duration: write a number with a unit"
                    + " (ms, s, min, h, d, w, y), e.g. 90min, 1h, 4y, or ISO-8601 such as PT1H");
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        BigDecimal nanos = amount.multiply(BigDecimal.valueOf(nanosPer(m.group(2))));
        try {
            return Duration.ofNanos(nanos.longValueExact());
        } catch (ArithmeticException e) {
            throw new InvalidInputException(field + " '" + text + "' is too long or finer than a nanosecond");
        }
    }

    private static long nanosPer(String unit) {
        switch (unit) {
            case "ms": return 1_000_000L;
            case "s": case "sec": return 1_000_000_000L;
            case "min": return 60L * 1_000_000_000L;
            case "h": return 3_600L * 1_000_000_000L;
            case "d": return Units.SECONDS_PER_DAY * 1_000_000_000L;
            case "w": return 7 * Units.SECONDS_PER_DAY * 1_000_000_000L;
            case "y": return Units.SECONDS_PER_YEAR * 1_000_000_000L;
            default: throw new IllegalStateException("unit matched by the pattern but not handled: " + unit);
        }
    }

    private static Duration parseIso(String text, String field) {
        try {
            Duration d = Duration.parse(text);
            if (d.isNegative()) {
                throw new InvalidInputException(field + " must not be negative, got " + text);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field + " '" + text + "' is not an ISO-8601 duration (e.g. PT1H, P30D)");
        }
    }

    /** A short human form, e.g. "3600 s (1 h)". */
    public static String describe(Duration d) {
        return Numbers.display(Units.seconds(d)) + " s";
    }
}
