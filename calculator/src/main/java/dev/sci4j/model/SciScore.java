package dev.sci4j.model;

import dev.sci4j.units.Carbon;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Invariants;

/**
 * One SCI result, ISO/IEC 21031: {@code SCI = (O + M) / R}. Keeps every term so the score can be explained
 * and recomputed. Immutable and thread-safe.
 *
 * @param itEnergy        E before data-centre overhead
 * @param pue             power usage effectiveness applied to E (1 when none was given)
 * @param operational     O, in gCO2e: E × PUE × I, or Σ E_t × I_t over a time series
 * @param embodied        M, in gCO2e
 * @param functionalUnits R, the number of functional units (may be fractional, e.g. thousands of tokens)
 */
public record SciScore(Energy itEnergy, double pue, Carbon operational, Carbon embodied, double functionalUnits) {

    public SciScore {
        Invariants.present(itEnergy, "energy E");
        Invariants.present(operational, "operational emissions O");
        Invariants.present(embodied, "embodied emissions M");
        // Facility energy cannot be below IT energy.
        Invariants.atLeast(pue, 1, "PUE");
        // SCI is carbon per functional unit: undefined without one.
        Invariants.positive(functionalUnits, "R (functional units)");
    }

    /** E × PUE: the energy O is computed from. */
    public Energy facilityEnergy() {
        return itEnergy.times(pue);
    }

    /** O + M. */
    public Carbon totalCarbon() {
        return operational.plus(embodied);
    }

    /** The score in gCO2e per functional unit. */
    public double gramsPerUnit() {
        return totalCarbon().grams() / functionalUnits;
    }

    /** O ÷ (E × PUE) in gCO2e/kWh: the intensity actually applied (energy-weighted for a series); NaN when E = 0. */
    public double effectiveIntensityGPerKwh() {
        double kwh = facilityEnergy().kwh();
        return kwh == 0 ? Double.NaN : operational.grams() / kwh;
    }
}
