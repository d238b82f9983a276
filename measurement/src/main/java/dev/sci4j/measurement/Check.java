package dev.sci4j.measurement;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Argument checks shared by the value types; messages name the field so a bad file points at it. */
final class Check {
    private Check() {}

    static <T> T notNull(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " is required");
    }

    static String notBlank(String value, String field) {
        if (notNull(value, field).isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    static double nonNegative(double value, String field) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(field + " must be a finite number >= 0, was " + value);
        }
        return value;
    }

    static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
        return value;
    }

    /** A sorted, unmodifiable copy whose values are finite and non-negative; null becomes empty. */
    static Map<String, Double> joulesMap(Map<String, Double> map, String field) {
        if (map == null) {
            return Collections.emptyMap();
        }
        TreeMap<String, Double> copy = new TreeMap<>();
        for (Map.Entry<String, Double> e : map.entrySet()) {
            String key = notBlank(e.getKey(), field + " key");
            copy.put(key, nonNegative(notNull(e.getValue(), field + "." + key), field + "." + key));
        }
        return Collections.unmodifiableMap(copy);
    }

    /** A sorted, unmodifiable copy; null becomes empty. */
    static <V> Map<String, V> sortedCopy(Map<String, V> map, String field) {
        if (map == null) {
            return Collections.emptyMap();
        }
        TreeMap<String, V> copy = new TreeMap<>();
        for (Map.Entry<String, V> e : map.entrySet()) {
            copy.put(notBlank(e.getKey(), field + " key"), notNull(e.getValue(), field + "." + e.getKey()));
        }
        return Collections.unmodifiableMap(copy);
    }

    /** Whether two sums of the same energies agree up to floating-point rounding (relative 1e-9). */
    static boolean sumMatches(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** Whether {@code part <= whole} allowing for floating-point rounding of sums. */
    static boolean atMost(double part, double whole) {
        return part <= whole + 1e-9 * Math.max(1.0, Math.abs(whole));
    }
}
