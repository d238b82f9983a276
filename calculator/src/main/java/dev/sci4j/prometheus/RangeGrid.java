package dev.sci4j.prometheus;

import dev.sci4j.units.Durations;
import dev.sci4j.units.Invariants;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The evaluation times of a range query: {@code start, start + step, …, end}, with the window an exact
 * multiple of the step so that the last evaluation falls on {@code end}. Step {@code i} (1-based) is the
 * interval {@code (at(i - 1), at(i)]}. Immutable and thread-safe.
 *
 * @param start the first evaluation time, the window's start
 * @param end   the last evaluation time, the window's end
 * @param step  the time between evaluations, greater than zero
 */
public record RangeGrid(Instant start, Instant end, Duration step) {
    /** Prometheus refuses range queries of more than 11,000 points per series. */
    public static final long MAX_POINTS = 11_000;

    public RangeGrid {
        Invariants.present(start, "window start");
        Invariants.present(end, "window end");
        Invariants.present(step, "step");
        problem(Duration.between(start, end), step, "window", "step").ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
    }

    /**
     * Why {@code window} evaluated every {@code step} makes no grid, in a sentence naming them as
     * {@code windowName} and {@code stepName} (e.g. the options that gave them); empty when it makes one.
     */
    public static Optional<String> problem(Duration window, Duration step, String windowName, String stepName) {
        if (step.isNegative() || step.isZero()) {
            return Optional.of(stepName + " must be greater than zero, got " + Durations.describe(step));
        }
        if (window.isNegative() || window.isZero()) {
            return Optional.of(windowName + " must be greater than zero, got " + Durations.describe(window));
        }
        if (window.toNanos() % step.toNanos() != 0) {
            return Optional.of(windowName + " " + Durations.describe(window) + " is not a whole number of " + stepName
                    + " " + Durations.describe(step) + ": choose a step that divides the window");
        }
        if (window.toNanos() / step.toNanos() + 1 > MAX_POINTS) {
            return Optional.of(windowName + " " + Durations.describe(window) + " at " + stepName + " "
                    + Durations.describe(step) + " needs more than " + MAX_POINTS
                    + " points per series, Prometheus' limit: choose a longer step");
        }
        return Optional.empty();
    }

    /** The window {@code (end - window, end]} evaluated every {@code step}. */
    public static RangeGrid ending(Instant end, Duration window, Duration step) {
        Invariants.present(window, "window");
        Invariants.present(end, "window end");
        return new RangeGrid(end.minus(window), end, step);
    }

    /** Evaluation times, including start and end. */
    public int points() {
        return (int) (Duration.between(start, end).toNanos() / step.toNanos()) + 1;
    }

    /** The {@code index}-th evaluation time, 0 = start. */
    public Instant at(int index) {
        return start.plus(step.multipliedBy(index));
    }

    /** The index of the evaluation at {@code time}, or -1 when {@code time} is not one of them. */
    public int indexOf(Instant time) {
        long offset = Duration.between(start, time).toNanos();
        // Servers answer in milliseconds: match to the nearest evaluation within half a millisecond.
        long index = Math.round((double) offset / step.toNanos());
        Instant expected = at((int) Math.max(0, Math.min(index, points() - 1L)));
        return index >= 0
                        && index < points()
                        && Math.abs(Duration.between(expected, time).toNanos()) <= 500_000
                ? (int) index
                : -1;
    }

    public Duration window() {
        return Duration.between(start, end);
    }
}
