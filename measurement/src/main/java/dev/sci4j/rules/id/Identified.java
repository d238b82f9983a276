package dev.sci4j.rules.id;

/**
 * An enum constant that users and files write by a short lower-case id, e.g. {@code host-file},
 * {@code reserved-cores}, {@code spline}. Parse such ids only with {@link Ids}, so every place reads them the
 * same way.
 */
public interface Identified {
    /** The id users write and outputs print, lower case with hyphens. */
    String id();
}
