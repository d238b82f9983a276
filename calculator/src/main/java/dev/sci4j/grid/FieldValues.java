package dev.sci4j.grid;

import dev.sci4j.input.InvalidInputException;
import dev.sci4j.units.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the values of one field read from a file; every error names the file, line and field. Stateless. */
final class FieldValues {
    /** Plain decimal numbers only: Double.parseDouble would also take "NaN", "Infinity", hex and "1d". */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    /** A .NET TimeSpan as the Carbon Aware SDK writes it: [d.]hh:mm:ss[.fffffff]. */
    private static final Pattern TIME_SPAN =
            Pattern.compile("(?:(\\d+)\\.)?(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,7}))?");

    private FieldValues() {}

    /** A decimal number written as text. */
    static double number(String text, Path file, long line, String field) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw InvalidInputException.inFile(file, line, field, "is empty: a number is required");
        }
        if (!DECIMAL.matcher(trimmed).matches()) {
            throw InvalidInputException.inFile(file, line, field, "'" + trimmed + "' is not a number");
        }
        return finite(Double.parseDouble(trimmed), file, line, field);
    }

    static double finite(double value, Path file, long line, String field) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw InvalidInputException.inFile(file, line, field, "must be a finite number, got " + value);
        }
        return value;
    }

    /** A number that is at least zero: an intensity or an energy. */
    static double nonNegative(double value, Path file, long line, String field) {
        finite(value, file, line, field);
        if (value < 0) {
            throw InvalidInputException.inFile(file, line, field, "must not be negative, got " + value);
        }
        return value;
    }

    /** A positive duration: a .NET TimeSpan "HH:MM:SS", ISO-8601 such as PT1H, or what {@link Durations} reads. */
    static Duration duration(String text, Path file, long line, String field) {
        String trimmed = text == null ? "" : text.trim();
        Duration duration;
        Matcher span = TIME_SPAN.matcher(trimmed);
        if (span.matches()) {
            try {
                duration = Duration.ofDays(span.group(1) == null ? 0 : Long.parseLong(span.group(1)))
                        .plusHours(Long.parseLong(span.group(2)))
                        .plusMinutes(Long.parseLong(span.group(3)))
                        .plusSeconds(Long.parseLong(span.group(4)))
                        .plusNanos(fractionNanos(span.group(5)));
            } catch (ArithmeticException | NumberFormatException e) {
                throw InvalidInputException.inFile(file, line, field, "'" + trimmed + "' is too long a duration");
            }
        } else {
            try {
                duration = Durations.parse(trimmed, field);
            } catch (InvalidInputException e) {
                throw InvalidInputException.inFile(
                        file, line, field, e.getMessage() + " (a .NET time span such as 01:00:00 is also accepted)");
            }
        }
        if (duration.isZero() || duration.isNegative()) {
            throw InvalidInputException.inFile(file, line, field, "'" + trimmed + "' must be longer than zero");
        }
        return duration;
    }

    private static long fractionNanos(String digits) {
        if (digits == null) {
            return 0;
        }
        // Right-pad to nine digits: ".5" is half a second, 500,000,000 ns.
        return Long.parseLong((digits + "000000000").substring(0, 9));
    }
}
