package dev.sci4j.model;

import dev.sci4j.input.Checks;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.units.Carbon;
import dev.sci4j.units.Energy;

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
        Checks.present(itEnergy, "energy E");
        Checks.present(operational, "operational emissions O");
        Checks.present(embodied, "embodied emissions M");
        Checks.finite(pue, "PUE");
        if (pue < 1) {
            throw new InvalidInputException("PUE must be at least 1 (facility energy cannot be below IT energy), got " + pue);
        }
        Checks.finite(functionalUnits, "R (functional units)");
        if (functionalUnits == 0) {
            throw new InvalidInputException("R (functional units) is zero: SCI is carbon per functional unit,"
                    + " so it is undefined without at least one unit");
        }
        Checks.positive(functionalUnits, "R (functional units)");
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
