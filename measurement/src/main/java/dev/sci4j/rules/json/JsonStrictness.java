package dev.sci4j.rules.json;

/**
 * How strictly a mapper reads, from least to most strict; each level adds to the one before. Choose the level
 * for who wrote the document, not for convenience: a typo in a file a person wrote must fail loudly rather
 * than read as a default.
 */
public enum JsonStrictness {
    /**
     * Jackson's defaults: unknown properties are an error only for bound types, duplicate keys keep the last
     * value. For documents we only read as trees and do not own: responses of services (Prometheus), our own
     * bundled resources, other programs' output in tests.
     */
    LENIENT,
    /**
     * User and vendor input (budgets, hardware maps, report metadata, profiles, signed reports): an unknown
     * property, a key given twice, null for a primitive and anything after the document fail.
     */
    STRICT,
    /**
     * {@link #STRICT}, and every creator property must be present: for formats whose types have no optional
     * fields, so a missing number cannot read as zero.
     */
    STRICT_COMPLETE,
    /**
     * What the measurement file needs: {@link #STRICT_COMPLETE}, and numbers are not read as enum constants
     * nor floating-point numbers as integers, so every field has exactly its schema type.
     */
    MEASUREMENT
}
