package dev.sci4j.units;

/**
 * A grid carbon intensity in gCO2e/kWh, never negative. Immutable and thread-safe. The kind of intensity
 * (average or marginal) and its source travel beside it in {@code dev.sci4j.grid}.
 */
public record Intensity(double gramsPerKwh) {
    public Intensity {
        Invariants.nonNegative(gramsPerKwh, "intensity (gCO2e/kWh)");
    }

    public static Intensity ofGramsPerKwh(double gramsPerKwh) {
        return new Intensity(gramsPerKwh);
    }

    /** The operational emissions of {@code energy} at this intensity: O = E × I. */
    public Carbon carbonOf(Energy energy) {
        return Carbon.ofGrams(energy.kwh() * gramsPerKwh);
    }
}
