package dev.sci4j.score;

import dev.sci4j.model.Sci;
import dev.sci4j.model.SciScore;
import dev.sci4j.units.Carbon;

/**
 * Composes an SCI score from its inputs: the one place the CLI's {@code score}, reports and budget checks
 * turn energy, intensity, embodied emissions and functional units into a disclosed result. Stateless.
 */
public final class Scoring {
    private Scoring() {
    }

    /**
     * @param embodiedOrNull  M in gCO2e, or null when not given (then excluded, and disclosed as such)
     * @param pue             at least 1; {@link Sci#NO_PUE} for IT energy only
     * @param functionalUnits R, greater than zero
     * @param unitName        what one unit is, e.g. {@code request}
     */
    public static ScoredResult score(EnergyInput energy, IntensityInput intensity, Carbon embodiedOrNull, double pue,
                                     double functionalUnits, String unitName) {
        Carbon embodied = embodiedOrNull == null ? Carbon.ZERO : embodiedOrNull;
        Carbon operational = intensity.operational(energy, pue);
        SciScore score = Sci.score(energy.total(), pue, operational, embodied, functionalUnits);
        return new ScoredResult(score, energy, intensity, embodiedOrNull != null, unitName);
    }
}
