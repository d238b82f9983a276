package dev.sci4j.input;

import dev.sci4j.units.Numbers;

/**
 * Validation shared by the value types: every check names the field it rejects, so the message reaching
 * the user says what to fix.
 */
public final class Checks {
    private Checks() {
    }

    /** Rejects NaN and infinities. */
    public static double finite(double value, String field) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new InvalidInputException(field + " must be a finite number, got " + value);
        }
        return value;
    }

    /** Finite and at least zero. */
    public static double nonNegative(double value, String field) {
        finite(value, field);
        if (value < 0) {
            throw new InvalidInputException(field + " must not be negative, got " + show(value));
        }
        return value;
    }

    /** Finite and strictly greater than zero. */
    public static double positive(double value, String field) {
        finite(value, field);
        if (value <= 0) {
            throw new InvalidInputException(field + " must be greater than zero, got " + show(value));
        }
        return value;
    }

    /** Finite and at least {@code min}. */
    public static double atLeast(double value, double min, String field) {
        finite(value, field);
        if (value < min) {
            throw new InvalidInputException(field + " must be at least " + show(min) + ", got " + show(value));
        }
        return value;
    }

    /** Finite and within [min, max]. */
    public static double between(double value, double min, double max, String field) {
        finite(value, field);
        if (value < min || value > max) {
            throw new InvalidInputException(field + " must be between " + show(min) + " and " + show(max) + ", got " + show(value));
        }
        return value;
    }

    private static String show(double value) {
        return Numbers.display(value);
    }

    /** Non-null; a missing required input is an error, never a silent default. */
    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field + " is missing");
        }
        return value;
    }
}
