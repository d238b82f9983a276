package dev.sci4j.grid;

import dev.sci4j.units.Carbon;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Invariants;

/**
 * Operational emissions over a window, O = Σ E_t × I_t. Immutable and thread-safe.
 *
 * @param operational      O in gCO2e
 * @param energy           all the energy of the intervals
 * @param energyAtFallback the part of {@code energy} the series did not cover, charged at the fallback
 *                         intensity (zero when none was needed)
 * @see WindowCarbon#parts for the itemised breakdown
 */
public record WindowCarbonResult(Carbon operational, Energy energy, Energy energyAtFallback) {
    public WindowCarbonResult {
        Invariants.present(operational, "operational emissions");
        Invariants.present(energy, "energy");
        Invariants.present(energyAtFallback, "energy at the fallback intensity");
    }

    public boolean usedFallback() {
        return energyAtFallback.joules() > 0;
    }

    /** O ÷ E in gCO2e/kWh, the energy-weighted intensity; NaN when E = 0. */
    public double effectiveGramsPerKwh() {
        double kwh = energy.kwh();
        return kwh == 0 ? Double.NaN : operational.grams() / kwh;
    }
}
