package dev.sci4j.score;

import dev.sci4j.grid.EnergyInterval;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.model.Sci;
import dev.sci4j.model.SciScore;
import dev.sci4j.units.Carbon;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Numbers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
     * whole process energy and M over the successful outermost units. A kind with counts but no CPU time of its
     * own (recorded with {@code FunctionalUnits.record}) takes its parent's energy when nested (its SCI is the
     * parent's carbon over its units) and has no E or SCI of its own when outermost beside kinds that have.
     */
    public static UnitScores scoreUnits(
            List<Path> measurements, IntensityInput intensity, Carbon embodiedOrNull, double pue) {
        EnergyInput total = EnergyInput.measurements(measurements);
        MeasuredUnits measured = MeasuredUnits.read(measurements);
        Kinds kinds = new Kinds(measured, total, intensity, embodiedOrNull, pue);
        Map<List<String>, UnitScores.UnitScore> byPath = new HashMap<>();
        List<UnitScores.UnitScore> scores = new ArrayList<>();
        for (UnitEnergy u : measured.units()) {
            UnitScores.UnitScore score =
                    noOwnCpu(u) && !measured.byCount() ? kinds.unknown(u) : kinds.own(u, u.okCount() > 0);
            scores.add(score);
            byPath.put(List.of(u.name()), score);
        }
        List<UnitScores.NestedScore> nested = new ArrayList<>();
        for (MeasuredUnits.NestedUnit n : measured.nested()) {
            UnitEnergy u = n.energy();
            UnitScores.UnitScore score = noOwnCpu(u)
                    ? kinds.insideParent(u, n.parent(), byPath.get(n.parents()))
                    : kinds.own(u, u.okCount() > 0);
            nested.add(new UnitScores.NestedScore(n.parents(), score));
            List<String> path = new ArrayList<>(n.parents());
            path.add(u.name());
            byPath.put(path, score);
        }
        if (measured.okTotal() == 0) {
            throw new InvalidInputException(
                    "no functional unit succeeded in the measurement (R = 0): SCI is carbon per unit");
        }
        ScoredResult overall = score(total, intensity, embodiedOrNull, pue, measured.okTotal(), "unit (all kinds)");
        return new UnitScores(scores, nested, overall, measured);
    }

    /** Successful units with no energy attributed to them: counts recorded by the API, or virtual threads. */
    private static boolean noOwnCpu(UnitEnergy u) {
        return u.okCount() > 0 && u.attributedJoules() <= 0;
    }

    /** Scores kinds with the run's shared inputs. */
    private record Kinds(
            MeasuredUnits measured, EnergyInput total, IntensityInput intensity, Carbon embodiedOrNull, double pue) {
        UnitScores.UnitScore own(UnitEnergy u, boolean scored) {
            double share = share(u.energyJoules());
            EnergyInput energy = EnergyInput.of(
                    Energy.ofJoules(u.energyJoules()),
                    u.intervals(),
                    total.provenance(),
                    total.describe() + "; this kind's share " + Numbers.display(share * 100) + " %");
            ScoredResult r = scored ? score(energy, intensity, embodied(share), pue, u.okCount(), u.name()) : null;
            return new UnitScores.UnitScore(
                    u,
                    share,
                    r,
                    UnitScores.EnergyBasis.OWN,
                    null,
                    measured.gpuUnitKinds().contains(u.name()));
        }

        UnitScores.UnitScore unknown(UnitEnergy u) {
            return new UnitScores.UnitScore(u, 0, null, UnitScores.EnergyBasis.UNKNOWN, null, false);
        }

        /** A kind counted inside {@code parent} with no CPU time of its own: the parent's energy over its units. */
        UnitScores.UnitScore insideParent(UnitEnergy u, String parent, UnitScores.UnitScore parentScore) {
            double joules = parentScore == null ? Double.NaN : parentScore.energyJoules();
            if (!(joules > 0)) {
                return unknown(u);
            }
            List<EnergyInterval> intervals = parentScore.basis() == UnitScores.EnergyBasis.OWN
                    ? parentScore.energy().intervals()
                    : parentScore.result().energy().intervals().orElse(null);
            double share = share(joules);
            EnergyInput energy = EnergyInput.of(
                    Energy.ofJoules(joules),
                    intervals,
                    total.provenance(),
                    total.describe() + "; the share of " + parent + ", which these were counted inside, "
                            + Numbers.display(share * 100) + " %");
            ScoredResult r = score(energy, intensity, embodied(share), pue, u.okCount(), u.name());
            return new UnitScores.UnitScore(u, share, r, UnitScores.EnergyBasis.PARENT, parent, false);
        }

        private double share(double joules) {
            double process = measured.processJoules();
            return process > 0 ? joules / process : 0;
        }

        private Carbon embodied(double share) {
            return embodiedOrNull == null ? null : embodiedOrNull.times(share);
        }
    }
}
