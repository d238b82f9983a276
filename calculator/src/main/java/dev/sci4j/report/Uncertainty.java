package dev.sci4j.report;

import dev.sci4j.stats.StudentT;
import dev.sci4j.units.Invariants;
import java.util.List;

/**
 * The 95 % interval around a report's score, in gCO2e per unit, and how it was obtained (see {@link #METHOD}):
 * the spread of the repetitions (Student t on their mean) combined in quadrature with the energy source's
 * declared accuracy, which applies to the operational part. Immutable and thread-safe.
 *
 * @param perRepetitionSciGPerUnit    the score of each repetition alone
 * @param meanSciGPerUnit             their mean, the interval's centre (equal to the report's score, Σ carbon / Σ R,
 *                                    when every repetition has the same R)
 * @param repetitionHalfWidthGPerUnit t(0.975, n − 1) × s / √n; 0 with one repetition (no spread known)
 * @param accuracyHalfWidthGPerUnit   accuracy relative uncertainty × O / R
 * @param lowSciGPerUnit              mean − combined half-width, not below 0
 * @param highSciGPerUnit             mean + combined half-width
 */
public record Uncertainty(
        String method,
        double confidenceLevel,
        List<Double> perRepetitionSciGPerUnit,
        double meanSciGPerUnit,
        double repetitionHalfWidthGPerUnit,
        double accuracyHalfWidthGPerUnit,
        double lowSciGPerUnit,
        double highSciGPerUnit) {
    public static final String METHOD = "95 % interval: Student t on the mean of the repetitions"
            + " (t(0.975, n-1) x s / sqrt(n), 0 for one repetition), combined in quadrature with the energy source's"
            + " declared relative accuracy applied to O / R (least accurate class over the files)";
    public static final double CONFIDENCE = 0.95;

    public Uncertainty {
        Invariants.present(method, "uncertainty.method");
        perRepetitionSciGPerUnit = Invariants.list(perRepetitionSciGPerUnit, "uncertainty.perRepetitionSciGPerUnit");
        perRepetitionSciGPerUnit.forEach(v -> Invariants.nonNegative(v, "uncertainty.perRepetitionSciGPerUnit[]"));
        Invariants.nonNegative(meanSciGPerUnit, "uncertainty.meanSciGPerUnit");
        Invariants.nonNegative(repetitionHalfWidthGPerUnit, "uncertainty.repetitionHalfWidthGPerUnit");
        Invariants.nonNegative(accuracyHalfWidthGPerUnit, "uncertainty.accuracyHalfWidthGPerUnit");
        Invariants.nonNegative(lowSciGPerUnit, "uncertainty.lowSciGPerUnit");
        Invariants.nonNegative(highSciGPerUnit, "uncertainty.highSciGPerUnit");
        if (lowSciGPerUnit > highSciGPerUnit) {
            throw new IllegalArgumentException("uncertainty.lowSciGPerUnit is above uncertainty.highSciGPerUnit");
        }
    }

    /**
     * @param perRepetition       each repetition's score, gCO2e per unit; at least one
     * @param operationalPerUnitG O / R over all repetitions, gCO2e per unit
     * @param accuracyRelative    the declared relative accuracy of the energy (0.05 = ±5 %)
     */
    public static Uncertainty of(List<Double> perRepetition, double operationalPerUnitG, double accuracyRelative) {
        int n = perRepetition.size();
        double mean = perRepetition.stream().mapToDouble(Double::doubleValue).sum() / n;
        double repetitionHalf = 0;
        if (n > 1) {
            double squares = perRepetition.stream()
                    .mapToDouble(v -> (v - mean) * (v - mean))
                    .sum();
            double sd = Math.sqrt(squares / (n - 1));
            repetitionHalf = new StudentT(n - 1).quantile(0.975) * sd / Math.sqrt(n);
        }
        double accuracyHalf = accuracyRelative * operationalPerUnitG;
        double half = Math.hypot(repetitionHalf, accuracyHalf);
        return new Uncertainty(
                METHOD,
                CONFIDENCE,
                perRepetition,
                mean,
                repetitionHalf,
                accuracyHalf,
                Math.max(0, mean - half),
                mean + half);
    }

    /** Whether two intervals share any value: then the two scores cannot be told apart. */
    public boolean overlaps(Uncertainty other) {
        return lowSciGPerUnit <= other.highSciGPerUnit && other.lowSciGPerUnit <= highSciGPerUnit;
    }
}
