package dev.sci4j.input;

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
            throw new InvalidInputException(field + " must not be negative, got " + value);
        }
        return value;
    }

    /** Finite and strictly greater than zero. */
    public static double positive(double value, String field) {
        finite(value, field);
        if (value <= 0) {
            throw new InvalidInputException(field + " must be greater than zero, got " + value);
        }
        return value;
    }

    /** Finite and within [min, max]. */
    public static double between(double value, double min, double max, String field) {
        finite(value, field);
        if (value < min || value > max) {
            throw new InvalidInputException(field + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** Non-null; a missing required input is an error, never a silent default. */
    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field + " is missing");
        }
        return value;
    }
}
