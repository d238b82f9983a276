package dev.sci4j.rules.duration;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one grammar of durations users write, for the agent's configuration and the calculator's options:
 * a non-negative number with a unit, {@code 250ms}, {@code 1.5s} ({@code sec}), {@code 90min}, {@code 1h},
 * {@code 30d}, {@code 2w}, {@code 4y} (1 y = 365 d, the SCI convention), or ISO-8601 such as {@code PT1H} or
 * {@code P30D} (either case). A bare number, a negative value, a value finer than a nanosecond and an unknown
 * unit are rejected; {@code m} is refused because it is ambiguous (minutes or months?): minutes are
 * written {@code min}. Stateless and thread-safe.
 */
public final class DurationGrammar {
    /** The units of the short form, as the error messages and help texts list them. */
    public static final String UNITS = "ms, s, min, h, d, w, y";
    /** Examples for help texts and error messages. */
    public static final String EXAMPLES = "500ms, 1s, 90min, 1h, 4y or ISO-8601 such as PT1H";
    /** The SCI convention: one day is 86,400 s. */
    public static final long SECONDS_PER_DAY = 86_400L;
    /** The SCI convention: one year is 365 days (no leap years), so 4 years = 126,144,000 s. */
    public static final long SECONDS_PER_YEAR = 365L * SECONDS_PER_DAY;

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final Pattern SIMPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|sec|min|h|d|w|y)");
    private static final Pattern AMBIGUOUS_MINUTES = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*m");

    private DurationGrammar() {}

    /**
     * Parses {@code text}.
     *
     * @param field names the input in the error message, e.g. {@code --duration} or {@code interval}
     * @throws InvalidDurationException when the text is missing or not a duration of this grammar; the
     *                                  message is one sentence naming {@code field} and the text
     */
    public static Duration parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidDurationException(field, text, "is missing");
        }
        String trimmed = text.trim();
        if (trimmed.toUpperCase(Locale.ROOT).startsWith("P")) {
            return parseIso(trimmed, field);
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        Matcher m = SIMPLE.matcher(lower);
        if (!m.matches()) {
            Matcher minutes = AMBIGUOUS_MINUTES.matcher(lower);
            if (minutes.matches()) {
                throw new InvalidDurationException(
                        field,
                        text,
                        "is ambiguous (m could be minutes or months):" + " write minutes as min, e.g. "
                                + minutes.group(1) + "min");
            }
            throw new InvalidDurationException(
                    field, text, "is not a duration: write a number with a unit (" + UNITS + "), e.g. " + EXAMPLES);
        }
        BigDecimal nanos = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(nanosPer(m.group(2))));
        try {
            return Duration.ofNanos(nanos.longValueExact());
        } catch (ArithmeticException e) {
            throw new InvalidDurationException(field, text, "is too long or finer than a nanosecond");
        }
    }

    private static long nanosPer(String unit) {
        switch (unit) {
            case "ms":
                return 1_000_000L;
            case "s":
            case "sec":
                return NANOS_PER_SECOND;
            case "min":
                return 60L * NANOS_PER_SECOND;
            case "h":
                return 3_600L * NANOS_PER_SECOND;
            case "d":
                return SECONDS_PER_DAY * NANOS_PER_SECOND;
            case "w":
                return 7 * SECONDS_PER_DAY * NANOS_PER_SECOND;
            case "y":
                return SECONDS_PER_YEAR * NANOS_PER_SECOND;
            default:
                throw new IllegalStateException("unit matched by the pattern but not handled: " + unit);
        }
    }

    private static Duration parseIso(String text, String field) {
        Duration d;
        try {
            d = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidDurationException(field, text, "is not an ISO-8601 duration (e.g. PT1H, P30D)");
        }
        if (d.isNegative()) {
            throw new InvalidDurationException(field, text, "is negative: a duration must not be");
        }
        return d;
    }
}
