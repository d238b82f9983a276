package dev.sci4j.grid;

import dev.sci4j.units.Energy;
import dev.sci4j.units.Invariants;
import java.time.Duration;
import java.time.Instant;

/**
 * Energy used during {@code [start, end)}, assumed drawn at a uniform power within the interval. Immutable
 * and thread-safe.
 */
public record EnergyInterval(Instant start, Instant end, Energy energy) {
    public EnergyInterval {
        Invariants.present(start, "energy interval start");
        Invariants.present(end, "energy interval end");
        Invariants.present(energy, "energy interval energy");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("energy interval " + start + "–" + end + " must end after it starts");
        }
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** "start–end", for messages. */
    String describe() {
        return start + "–" + end;
    }
}
