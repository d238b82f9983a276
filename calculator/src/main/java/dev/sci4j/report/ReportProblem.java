package dev.sci4j.report;

/** Why a report cannot be read; comparisons name the kind in the reader's language, then the fields. */
public enum ReportProblem {
    /** Not a JSON object at all. */
    NOT_JSON,
    /** {@code schemaVersion} missing or not one this sci4j reads. */
    UNKNOWN_SCHEMA_VERSION,
    /** A number is NaN or infinite. */
    NOT_A_NUMBER,
    /** Required disclosures are absent. */
    MISSING_DISCLOSURES,
    /** A field has the wrong type or an impossible value, or is not part of the schema. */
    MALFORMED
}
