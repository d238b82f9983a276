package dev.sci4j.report;

import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.score.EnergyInput;
import dev.sci4j.score.IntensityInput;
import dev.sci4j.score.ScoredResult;
import dev.sci4j.score.Scoring;
import dev.sci4j.units.Carbon;
import dev.sci4j.units.Units;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes a report's score from its measurements (after the warm-up) with {@link Scoring}, the one composition
 * of E, I, M and R: once over all repetitions (the stated score: Σ carbon / Σ R, which is the mean of the
 * repetitions' scores only when every repetition has the same R) and once per repetition (for the interval,
 * which is centred on the mean of the repetitions' scores). Used to build a
 * report, to verify one, and to recompute it under a profile's grid normalisation. Stateless and thread-safe.
 */
public final class ReportScoring {
    private ReportScoring() {}

    /**
     * @param measurements       the repetitions, one measurement each
     * @param labels             names for messages, one per measurement
     * @param unitsPerRepetition R of each repetition, in the order of {@code measurements}
     */
    public static ScoredRepetitions score(
            List<Measurement> measurements,
            List<String> labels,
            IntensityInput intensity,
            EmbodiedDisclosure embodied,
            double pue,
            List<Double> unitsPerRepetition,
            String unitName,
            double accuracyRelative) {
        if (unitsPerRepetition.size() != measurements.size()) {
            throw new dev.sci4j.input.InvalidInputException("functionalUnit.unitsPerRepetition has "
                    + unitsPerRepetition.size() + " counts for " + measurements.size() + " measurements");
        }
        List<ScoredResult> each = new ArrayList<>();
        double totalSeconds = 0;
        for (int i = 0; i < measurements.size(); i++) {
            double seconds = windowSeconds(measurements.get(i));
            totalSeconds += seconds;
            each.add(Scoring.score(
                    EnergyInput.measured(List.of(measurements.get(i)), List.of(labels.get(i))),
                    intensity,
                    embodied.share(seconds),
                    pue,
                    unitsPerRepetition.get(i),
                    unitName));
        }
        Carbon embodiedTotal = embodied.share(totalSeconds);
        double totalUnits =
                unitsPerRepetition.stream().mapToDouble(Double::doubleValue).sum();
        ScoredResult total = Scoring.score(
                EnergyInput.measured(measurements, labels), intensity, embodiedTotal, pue, totalUnits, unitName);
        List<Double> perRep = each.stream().map(r -> r.score().gramsPerUnit()).toList();
        double operationalPerUnit =
                total.score().operational().grams() / total.score().functionalUnits();
        return new ScoredRepetitions(total, each, Uncertainty.of(perRep, operationalPerUnit, accuracyRelative));
    }

    /** Recomputes a report as stated (its own grid intensity and warm-up). */
    public static ScoredRepetitions recompute(SciReport r) {
        IntensityInput intensity = r.grid().toInput();
        List<String> labels = new ArrayList<>();
        List<Measurement> measured = new ArrayList<>();
        for (int i = 0; i < r.measurements().size(); i++) {
            labels.add("measurements[" + i + "]");
            measured.add(
                    WarmUp.exclude(r.measurements().get(i), r.usageScenario().warmUpSeconds(), labels.get(i)));
        }
        return score(
                measured,
                labels,
                intensity,
                r.embodied(),
                r.result().pue(),
                r.functionalUnit().unitsPerRepetition(),
                r.functionalUnit().name(),
                r.energy().accuracyRelativeUncertainty());
    }

    /** TiR of one repetition: from its first sample's start to its last sample's end, in seconds. */
    public static double windowSeconds(Measurement m) {
        return m.total().map(ReportScoring::seconds).orElse(0.0);
    }

    private static double seconds(IntervalSample s) {
        return Units.seconds(Duration.between(s.start(), s.end()));
    }
}
