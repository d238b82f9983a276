package dev.sci4j.power;

import dev.sci4j.input.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a power curve is read between its measured points. Immutable and thread-safe.
 */
public enum Interpolation {
    /** Straight lines between neighbouring points. */
    LINEAR("linear"),
    /** A natural cubic spline through all points (second derivative zero at both ends), as in Impact Framework. */
    SPLINE("spline");

    private final String label;

    Interpolation(String label) {
        this.label = label;
    }

    /** The name users write, e.g. {@code spline}. */
    public String label() {
        return label;
    }

    /** Parses a user-written name, ignoring case and surrounding blanks. */
    public static Interpolation parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("interpolation is missing: write one of " + labels());
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (Interpolation value : values()) {
            if (value.label.equals(wanted)) {
                return value;
            }
        }
        throw new InvalidInputException("interpolation '" + text + "' is unknown: write one of " + labels());
    }

    private static String labels() {
        return Arrays.stream(values()).map(Interpolation::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label;
    }
}
