package dev.sci4j.score;

import dev.sci4j.input.InvalidInputException;
import dev.sci4j.model.Sci;
import dev.sci4j.model.SciScore;
import dev.sci4j.units.Carbon;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Numbers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Composes an SCI score from its inputs: the one place the CLI's {@code score}, reports and budget checks
 * turn energy, intensity, embodied emissions and functional units into a disclosed result. Stateless.
 */
public final class Scoring {
    private Scoring() {}

    /**
     * @param embodiedOrNull  M in gCO2e, or null when not given (then excluded, and disclosed as such)
     * @param pue             at least 1; {@link Sci#NO_PUE} for IT energy only
     * @param functionalUnits R, greater than zero
     * @param unitName        what one unit is, e.g. {@code request}
     */
    public static ScoredResult score(
            EnergyInput energy,
            IntensityInput intensity,
            Carbon embodiedOrNull,
            double pue,
            double functionalUnits,
            String unitName) {
        Carbon embodied = embodiedOrNull == null ? Carbon.ZERO : embodiedOrNull;
        Carbon operational = intensity.operational(energy, pue);
        SciScore score = Sci.score(energy.total(), pue, operational, embodied, functionalUnits);
        if (!Double.isFinite(score.gramsPerUnit())) {
            // The inputs are finite but R is so small that (O + M) / R exceeds any double: no figure to report.
            throw new InvalidInputException("R (functional units) = " + functionalUnits
                    + " is so small that SCI = (O + M)" + " / R overflows; give R in a larger functional unit");
        }
        return new ScoredResult(score, energy, intensity, embodiedOrNull != null, unitName);
    }

    /**
     * SCI per kind of functional unit in measurement files, and overall. Each outermost kind gets its E (see
     * {@link MeasuredUnits}), the same intensity and PUE, M in proportion to its energy, and R = its successful
     * units; each nested kind the same from its own energy and count (part of its parent's); overall is the
     * whole process energy and M over the successful outermost units.
     */
    public static UnitScores scoreUnits(
            List<Path> measurements, IntensityInput intensity, Carbon embodiedOrNull, double pue) {
        EnergyInput total = EnergyInput.measurements(measurements);
        MeasuredUnits measured = MeasuredUnits.read(measurements);
        List<UnitScores.UnitScore> scores = new ArrayList<>();
        for (UnitEnergy u : measured.units()) {
            scores.add(scoreKind(u, u.okCount() > 0, measured, total, intensity, embodiedOrNull, pue));
        }
        List<UnitScores.NestedScore> nested = new ArrayList<>();
        for (MeasuredUnits.NestedUnit n : measured.nested()) {
            UnitEnergy u = n.energy();
            // without CPU time measured inside it, a nested unit's part of its parent is unknown: no SCI
            boolean known = u.okCount() > 0 && u.attributedJoules() > 0;
            nested.add(new UnitScores.NestedScore(
                    n.parents(), scoreKind(u, known, measured, total, intensity, embodiedOrNull, pue)));
        }
        if (measured.okTotal() == 0) {
            throw new InvalidInputException(
                    "no functional unit succeeded in the measurement (R = 0): SCI is carbon per unit");
        }
        ScoredResult overall = score(total, intensity, embodiedOrNull, pue, measured.okTotal(), "unit (all kinds)");
        return new UnitScores(scores, nested, overall, measured);
    }

    private static UnitScores.UnitScore scoreKind(
            UnitEnergy u,
            boolean scored,
            MeasuredUnits measured,
            EnergyInput total,
            IntensityInput intensity,
            Carbon embodiedOrNull,
            double pue) {
        double process = measured.processJoules();
        double share = process > 0 ? u.energyJoules() / process : 0;
        EnergyInput energy = EnergyInput.of(
                Energy.ofJoules(u.energyJoules()),
                u.intervals(),
                total.provenance(),
                total.describe() + "; this kind's share " + Numbers.display(share * 100) + " %");
        Carbon embodied = embodiedOrNull == null ? null : embodiedOrNull.times(share);
        ScoredResult r = scored ? score(energy, intensity, embodied, pue, u.okCount(), u.name()) : null;
        return new UnitScores.UnitScore(u, share, r);
    }
}
