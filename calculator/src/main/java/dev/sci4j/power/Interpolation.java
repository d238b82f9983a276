package dev.sci4j.power;

import dev.sci4j.input.Labelled;

/**
 * How a power curve is read between its measured points. Immutable and thread-safe.
 */
public enum Interpolation implements Labelled {
    /** Straight lines between neighbouring points. */
    LINEAR("linear"),
    /** A natural cubic spline through all points (second derivative zero at both ends), as in Impact Framework. */
    SPLINE("spline");

    private final String id;

    Interpolation(String id) {
        this.id = id;
    }

    /** The name users write, e.g. {@code spline}. */
    @Override
    public String id() {
        return id;
    }

    /** Parses a user-written name, ignoring case and surrounding blanks. */
    public static Interpolation parse(String text) {
        return Labelled.parse(Interpolation.class, text, "interpolation");
    }

    @Override
    public String toString() {
        return id;
    }
}
