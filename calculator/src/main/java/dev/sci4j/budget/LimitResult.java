package dev.sci4j.budget;

/**
 * One limit applied to one functional unit. Immutable and thread-safe.
 *
 * @param unitName      the functional unit
 * @param kind          which limit
 * @param limit         its value and level
 * @param outcome       pass, breach or inconclusive
 * @param observed      the aggregated value (gCO2e/unit or J/unit), or the regression in percent; NaN when
 *                      inconclusive without data
 * @param uncertainty   half-width of the 95 % (for regressions: 1 − alpha) confidence interval, in the unit of
 *                      {@code observed}; NaN when it cannot be computed (one repetition)
 * @param pValue        Welch's one-sided p-value for regressions, NaN otherwise
 * @param message       one sentence for people: what was compared, by how much, with the uncertainty
 */
public record LimitResult(
        String unitName,
        LimitKind kind,
        Limit limit,
        Outcome outcome,
        double observed,
        double uncertainty,
        double pValue,
        String message) {

    /** A breach of an error-level limit: the check fails. */
    public boolean failsCheck() {
        return outcome == Outcome.BREACH && limit.level() == Level.ERROR;
    }

    /** A breach of a warn-level limit: reported, the check passes. */
    public boolean warns() {
        return outcome == Outcome.BREACH && limit.level() == Level.WARN;
    }

    /** The unit of {@link #observed()} and of the limit's value. */
    public String valueUnit() {
        return kind.unit(unitName);
    }

    /** How far over (positive) or under (negative) the limit, in percent of it; NaN for regressions or no data. */
    public double excessPercent() {
        if (kind == LimitKind.MAX_REGRESSION_PERCENT || Double.isNaN(observed) || limit.value() == 0) {
            return Double.NaN;
        }
        return (observed / limit.value() - 1) * 100;
    }
}
