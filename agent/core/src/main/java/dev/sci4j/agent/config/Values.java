package dev.sci4j.agent.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers for configuration values; each failure names the key and the value. */
final class Values {
    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)");

    private Values() {
    }

    /** {@code 500ms}, {@code 1s}, {@code 1.5s}, {@code 2m}, {@code 1h} or ISO-8601 such as {@code PT1S}. */
    static Duration duration(ConfigKey key, String value) throws ConfigException {
        String v = value.trim().toLowerCase(Locale.ROOT);
        Matcher m = SIMPLE_DURATION.matcher(v);
        try {
            if (m.matches()) {
                double amount = Double.parseDouble(m.group(1));
                double nanosPerUnit;
                switch (m.group(2)) {
                    case "ms":
                        nanosPerUnit = 1e6;
                        break;
                    case "s":
                        nanosPerUnit = 1e9;
                        break;
                    case "m":
                        nanosPerUnit = 60e9;
                        break;
                    default:
                        nanosPerUnit = 3600e9;
                }
                return Duration.ofNanos(Math.round(amount * nanosPerUnit));
            }
            return Duration.parse(value.trim().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException | ArithmeticException e) {
            throw ConfigException.invalid(key.key(), value, "a duration such as 500ms, 1s or PT1S");
        }
    }

    static double number(ConfigKey key, String value, double min, double max) throws ConfigException {
        try {
            double d = Double.parseDouble(value.trim());
            if (Double.isFinite(d) && d >= min && d <= max) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ConfigException.invalid(key.key(), value, "a number from " + plain(min) + " to " + plain(max));
    }

    static int integer(ConfigKey key, String value, int min, int max) throws ConfigException {
        try {
            int i = Integer.parseInt(value.trim());
            if (i >= min && i <= max) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ConfigException.invalid(key.key(), value, "a whole number from " + min + " to " + max);
    }

    static <E extends Enum<E>> E choice(ConfigKey key, String value, Class<E> type, String expected)
            throws ConfigException {
        String wanted = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(wanted)) {
                return e;
            }
        }
        throw ConfigException.invalid(key.key(), value, expected);
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
