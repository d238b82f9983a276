package dev.sci4j.prometheus;

import dev.sci4j.input.Checks;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.units.Durations;
import java.time.Duration;
import java.time.Instant;

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
        Checks.present(start, "window start");
        Checks.present(end, "window end");
        Checks.present(step, "step");
        if (step.isNegative() || step.isZero()) {
            throw new InvalidInputException("--step must be greater than zero, got " + Durations.describe(step));
        }
        if (!end.isAfter(start)) {
            throw new InvalidInputException("--window must be greater than zero, got " + start + " to " + end);
        }
        Duration window = Duration.between(start, end);
        if (window.toNanos() % step.toNanos() != 0) {
            throw new InvalidInputException("--window " + Durations.describe(window) + " is not a whole number of --step "
                    + Durations.describe(step) + ": choose a step that divides the window");
        }
        if (window.toNanos() / step.toNanos() + 1 > MAX_POINTS) {
            throw new InvalidInputException("--window " + Durations.describe(window) + " at --step " + Durations.describe(step)
                    + " needs more than " + MAX_POINTS + " points per series, Prometheus' limit: choose a longer step");
        }
    }

    /** The window {@code (end - window, end]} evaluated every {@code step}. */
    public static RangeGrid ending(Instant end, Duration window, Duration step) {
        Checks.present(window, "--window");
        Checks.present(end, "window end");
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
        return index >= 0 && index < points() && Math.abs(Duration.between(expected, time).toNanos()) <= 500_000
                ? (int) index : -1;
    }

    public Duration window() {
        return Duration.between(start, end);
    }
}
