package dev.sci4j.model;

import dev.sci4j.units.Carbon;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Intensity;

/** The SCI equations. Stateless and thread-safe. */
public final class Sci {
    /** PUE when none is declared: IT energy only. */
    public static final double NO_PUE = 1.0;

    private Sci() {}

    /** {@code SCI = (E × PUE × I + M) / R} with one static intensity over the whole window. */
    public static SciScore score(
            Energy itEnergy, double pue, Intensity intensity, Carbon embodied, double functionalUnits) {
        Carbon operational = intensity.carbonOf(itEnergy.times(pue));
        return new SciScore(itEnergy, pue, operational, embodied, functionalUnits);
    }

    /** {@code SCI = (O + M) / R} when O was computed elsewhere, e.g. as Σ E_t × I_t over a time series. */
    public static SciScore score(
            Energy itEnergy, double pue, Carbon operational, Carbon embodied, double functionalUnits) {
        return new SciScore(itEnergy, pue, operational, embodied, functionalUnits);
    }
}
