package dev.sci4j.budget;

import dev.sci4j.input.Labelled;
import dev.sci4j.stats.SampleSummary;

/**
 * How repetitions are reduced to the one value compared with an absolute limit ({@code median} by default:
 * robust to one slow run). Immutable and thread-safe.
 */
public enum Aggregation implements Labelled {
    MEDIAN("median"),
    MEAN("mean"),
    MIN("min"),
    MAX("max");

    private final String id;

    Aggregation(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The aggregated value, in the sample's unit. */
    public double of(SampleSummary sample) {
        return switch (this) {
            case MEDIAN -> sample.median();
            case MEAN -> sample.mean();
            case MIN -> sample.min();
            case MAX -> sample.max();
        };
    }

    static Aggregation parse(String text, String field) {
        return text == null ? MEDIAN : Labelled.parse(Aggregation.class, text, field);
    }
}
