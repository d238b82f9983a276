package dev.sci4j.grid;

import dev.sci4j.units.Carbon;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Intensity;
import dev.sci4j.units.Invariants;
import java.time.Instant;

/**
 * The share of one energy interval that falls in one intensity point (or in no point, at the fallback):
 * carbon = energy × intensity over {@code [start, end)}. Immutable and thread-safe.
 *
 * @param fallback true when no series point covered this time and the declared fallback intensity was used
 */
public record WindowCarbonPart(Instant start, Instant end, Energy energy, Intensity intensity, boolean fallback) {
    public WindowCarbonPart {
        Invariants.present(start, "part start");
        Invariants.present(end, "part end");
        Invariants.present(energy, "part energy");
        Invariants.present(intensity, "part intensity");
    }

    /** energy (kWh) × intensity (gCO2e/kWh), in gCO2e. */
    public Carbon carbon() {
        return intensity.carbonOf(energy);
    }
}
