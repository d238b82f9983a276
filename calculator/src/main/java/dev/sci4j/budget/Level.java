package dev.sci4j.budget;

import dev.sci4j.input.Labelled;

/**
 * How a breached limit is treated, as in Lighthouse CI assertions: {@code error} fails the check (exit 1,
 * BUILD FAILURE), {@code warn} is reported but passes. Immutable and thread-safe.
 */
public enum Level implements Labelled {
    ERROR("error"),
    WARN("warn");

    private final String id;

    Level(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    static Level parse(String text, String field) {
        return Labelled.parse(Level.class, text, field);
    }
}
