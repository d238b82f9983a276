package dev.sci4j.score;

import dev.sci4j.grid.EnergyInterval;
import java.util.List;

/**
 * One kind of functional unit as measured by the agent, summed over the measurement files: its counts, the
 * energy attributed to it by CPU time, and its share of the process energy no unit took (see
 * {@link MeasuredUnits}). Immutable.
 *
 * @param name               the unit kind, e.g. {@code http GET /search}
 * @param okCount            successful units: R for this kind
 * @param failedCount        failed units (exception or an HTTP status other than 2xx); their energy is in E, they are not in R
 * @param attributedJoules   energy attributed to these units by their thread CPU time, J
 * @param sharedJoules       their share of the unattributed process energy, J
 * @param intervals          E per measurement window (attributed + shared), for grid time series
 */
public record UnitEnergy(
        String name,
        long okCount,
        long failedCount,
        double attributedJoules,
        double sharedJoules,
        List<EnergyInterval> intervals) {
    public UnitEnergy {
        intervals = List.copyOf(intervals);
    }

    /** Attributed + shared: this kind's E, joules. */
    public double energyJoules() {
        return attributedJoules + sharedJoules;
    }

    public long count() {
        return okCount + failedCount;
    }
}
