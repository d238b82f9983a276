package dev.sci4j.report;

import dev.sci4j.score.ScoredResult;
import java.util.List;

/**
 * A score over all repetitions together and one per repetition, from the same inputs, with the interval they
 * give. Immutable and thread-safe.
 */
public record ScoredRepetitions(ScoredResult total, List<ScoredResult> perRepetition, Uncertainty uncertainty) {
    public ScoredRepetitions {
        perRepetition = List.copyOf(perRepetition);
    }

    public double sciGPerUnit() {
        return total.score().gramsPerUnit();
    }
}
