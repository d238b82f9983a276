package dev.sci4j.budget;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.sci4j.units.Invariants;

/**
 * The statistical guard on relative limits, so noise does not fail builds: a regression counts only with at
 * least {@code minSamples} repetitions on each side, and only when Welch's one-sided t-test finds the SCI
 * larger than the baseline by more than the threshold at significance level {@code alpha}. The defaults
 * follow diff-jjoules (5 iterations) and the usual 5 % level. Immutable and thread-safe.
 *
 * @param minSamples repetitions needed on each side, at least 2 (a variance needs two values)
 * @param alpha      significance level, in (0, 0.5]
 */
public record Guard(int minSamples, double alpha) {
    public static final int DEFAULT_MIN_SAMPLES = 5;
    public static final double DEFAULT_ALPHA = 0.05;
    public static final Guard DEFAULT = new Guard(DEFAULT_MIN_SAMPLES, DEFAULT_ALPHA);

    public Guard {
        if (minSamples < 2) {
            throw new IllegalArgumentException(
                    "minSamples must be at least 2 (a t-test needs a variance), got " + minSamples);
        }
        Invariants.finite(alpha, "alpha");
        if (!(alpha > 0 && alpha <= 0.5)) {
            throw new IllegalArgumentException("alpha must be greater than 0 and at most 0.5, got " + alpha);
        }
    }

    @JsonCreator
    static Guard fromFile(@JsonProperty("minSamples") Integer minSamples, @JsonProperty("alpha") Double alpha) {
        return new Guard(minSamples == null ? DEFAULT_MIN_SAMPLES : minSamples, alpha == null ? DEFAULT_ALPHA : alpha);
    }
}
