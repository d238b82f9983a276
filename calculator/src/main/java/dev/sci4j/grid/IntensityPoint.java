package dev.sci4j.grid;

import dev.sci4j.units.Intensity;
import dev.sci4j.units.Invariants;
import java.time.Duration;
import java.time.Instant;

/**
 * One grid intensity value, in gCO2e/kWh, holding for {@code [start, start + duration)}. Immutable and
 * thread-safe.
 */
public record IntensityPoint(Instant start, Duration duration, double gramsPerKwh) {
    public IntensityPoint {
        Invariants.present(start, "intensity point start");
        Invariants.present(duration, "intensity point duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(
                    "intensity point at " + start + " has duration " + duration + ": it must be longer than zero");
        }
        Invariants.nonNegative(gramsPerKwh, "intensity at " + start + " (gCO2e/kWh)");
    }

    /** The exclusive end, start + duration. */
    public Instant end() {
        return start.plus(duration);
    }

    public Intensity intensity() {
        return Intensity.ofGramsPerKwh(gramsPerKwh);
    }
}
