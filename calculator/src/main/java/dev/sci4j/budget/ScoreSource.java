package dev.sci4j.budget;

import java.util.List;

/**
 * Repetitions scored per functional unit: measurement files scored with the budget's grid, SCI reports, or a
 * previous check result. Implementations read their inputs when built, so an unreadable file fails early,
 * and are immutable afterwards, so safe to share between threads.
 */
public interface ScoreSource {
    /**
     * One score per repetition for {@code unitName}, in input order; empty when the source holds none for
     * that unit (a current source throws instead, naming what is missing).
     */
    List<RunScore> runs(String unitName);

    /** What the source is, for the summary, e.g. {@code 5 measurement files}. */
    String describe();
}
