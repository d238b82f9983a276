package dev.sci4j.budget;

import dev.sci4j.stats.SampleSummary;
import java.util.List;

/**
 * The runs of one functional unit and the limits applied to them. Immutable.
 *
 * @param unitName       the functional unit
 * @param runs           one score per repetition
 * @param sci            summary of the SCI, gCO2e per unit
 * @param energyPerUnit  summary of E / R, joules per unit
 * @param baselineRunsOrEmpty the baseline's repetitions for this unit (empty without a baseline)
 * @param limits         the limits, in budget order (maxSci, maxEnergyPerUnitJoules, maxRegressionPercent)
 */
public record UnitResult(
        String unitName,
        List<RunScore> runs,
        SampleSummary sci,
        SampleSummary energyPerUnit,
        List<RunScore> baselineRunsOrEmpty,
        List<LimitResult> limits) {
    public UnitResult {
        runs = List.copyOf(runs);
        baselineRunsOrEmpty = List.copyOf(baselineRunsOrEmpty);
        limits = List.copyOf(limits);
    }
}
