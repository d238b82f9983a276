package dev.sci4j.units;

import java.util.List;
import java.util.Map;

/**
 * The invariants of sci4j's value types, checked in their constructors. A violation is an
 * {@link IllegalArgumentException}: by the time a value is built, user input has been validated by the input
 * layer ({@code dev.sci4j.input}), so a value that breaks its invariant is a bug in sci4j (e.g. an overflow to
 * infinity), and the CLI reports it as one. Every message names the quantity so the bug report says what broke.
 * Stateless and thread-safe.
 */
public final class Invariants {
    private Invariants() {}

    /** Rejects NaN and infinities. */
    public static double finite(double value, String field) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, got " + value);
        }
        return value;
    }

    /** Finite and at least zero. */
    public static double nonNegative(double value, String field) {
        finite(value, field);
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, got " + show(value));
        }
        return value;
    }

    /** Finite and strictly greater than zero. */
    public static double positive(double value, String field) {
        finite(value, field);
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be greater than zero, got " + show(value));
        }
        return value;
    }

    /** Finite and at least {@code min}. */
    public static double atLeast(double value, double min, String field) {
        finite(value, field);
        if (value < min) {
            throw new IllegalArgumentException(field + " must be at least " + show(min) + ", got " + show(value));
        }
        return value;
    }

    /** Finite and within [min, max]. */
    public static double between(double value, double min, double max, String field) {
        finite(value, field);
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    field + " must be between " + show(min) + " and " + show(max) + ", got " + show(value));
        }
        return value;
    }

    /** Non-null. */
    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    /** A non-null list without empty (null) entries, copied so the caller's value stays immutable. */
    public static <T> List<T> list(List<T> values, String field) {
        present(values, field);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException(field + " has an empty entry (item " + (i + 1) + ")");
            }
        }
        return List.copyOf(values);
    }

    /** A non-null map without empty (null) keys or values, copied so the caller's value stays immutable. */
    public static <K, V> Map<K, V> map(Map<K, V> values, String field) {
        present(values, field);
        values.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new IllegalArgumentException(field + " has an empty entry" + (k == null ? "" : " for " + k));
            }
        });
        return Map.copyOf(values);
    }

    private static String show(double value) {
        return Numbers.display(value);
    }
}
