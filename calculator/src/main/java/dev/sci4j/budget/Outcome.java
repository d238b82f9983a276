package dev.sci4j.budget;

/** The outcome of one limit. Immutable and thread-safe. */
public enum Outcome {
    /** Within the limit (or a regression not shown to be beyond noise). */
    PASS,
    /** Over the limit; fails the check when the limit's level is {@code error}. */
    BREACH,
    /** Not decidable: too few repetitions or no baseline. Reported, never failing. */
    INCONCLUSIVE
}
