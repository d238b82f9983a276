package dev.sci4j.budget;

import dev.sci4j.input.InvalidInputException;
import dev.sci4j.stats.SampleSummary;
import dev.sci4j.stats.StudentT;
import dev.sci4j.stats.Welch;
import dev.sci4j.stats.WelchResult;
import dev.sci4j.units.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Applies a {@link Budget} to scored repetitions. Absolute limits compare the aggregated value (median by
 * default) with the limit. The relative limit compares with a baseline and counts a regression only when
 * both sides have {@link Guard#minSamples()} repetitions, the aggregated SCI rose by more than the limit,
 * and Welch's one-sided t-test says the mean rose by more than the limit at level {@link Guard#alpha()};
 * otherwise it passes or is inconclusive, never a failure caused by noise. Stateless and thread-safe.
 */
public final class BudgetCheck {
    /** Confidence level of the interval shown for absolute limits. */
    private static final double ABSOLUTE_ALPHA = 0.05;

    private BudgetCheck() {}

    /**
     * @param current          this build's repetitions
     * @param baselineOrNull   the reference repetitions, or null (relative limits are then inconclusive)
     * @param gridDescription  the grid intensity used, for the summary
     */
    public static CheckResult evaluate(
            Budget budget, ScoreSource current, ScoreSource baselineOrNull, String gridDescription) {
        List<UnitResult> units = new ArrayList<>();
        for (UnitBudget unit : budget.unitsInOrder()) {
            units.add(evaluateUnit(budget, unit, current, baselineOrNull));
        }
        return new CheckResult(
                budget,
                current.describe(),
                gridDescription,
                baselineOrNull == null ? null : baselineOrNull.describe(),
                units);
    }

    private static UnitResult evaluateUnit(
            Budget budget, UnitBudget unit, ScoreSource current, ScoreSource baselineOrNull) {
        String name = unit.unitName();
        List<RunScore> runs = current.runs(name);
        if (runs.isEmpty()) {
            throw new InvalidInputException("the budget sets limits for unit '" + name + "' but " + current.describe()
                    + " hold no score for it");
        }
        List<RunScore> baseline = baselineOrNull == null ? List.of() : baselineOrNull.runs(name);
        SampleSummary sci = summary(runs, true);
        SampleSummary energy = summary(runs, false);
        List<LimitResult> limits = new ArrayList<>();
        unit.limit(LimitKind.MAX_SCI)
                .ifPresent(l -> limits.add(absolute(name, LimitKind.MAX_SCI, l, sci, budget.aggregation())));
        unit.limit(LimitKind.MAX_ENERGY_PER_UNIT_JOULES)
                .ifPresent(l -> limits.add(
                        absolute(name, LimitKind.MAX_ENERGY_PER_UNIT_JOULES, l, energy, budget.aggregation())));
        unit.limit(LimitKind.MAX_REGRESSION_PERCENT)
                .ifPresent(l -> limits.add(regression(name, l, sci, baselineOrNull == null, baseline, budget)));
        return new UnitResult(name, runs, sci, energy, baseline, limits);
    }

    static SampleSummary summary(List<RunScore> runs, boolean sci) {
        return SampleSummary.of(runs.stream()
                .mapToDouble(r -> sci ? r.sciGramsPerUnit() : r.energyPerUnitJoules())
                .toArray());
    }

    static LimitResult absolute(String unit, LimitKind kind, Limit limit, SampleSummary s, Aggregation aggregation) {
        double observed = aggregation.of(s);
        double halfWidth = meanHalfWidth(s);
        boolean over = observed > limit.value();
        String valueUnit = kind.unit(unit);
        String spread = Double.isNaN(halfWidth)
                ? "1 run, no spread"
                : s.count() + " runs, mean " + n(s.mean()) + " ± " + n(halfWidth) + " (95 % CI), range " + n(s.min())
                        + " to " + n(s.max());
        double excess = limit.value() == 0 ? Double.NaN : (observed / limit.value() - 1) * 100;
        String verdict = over
                ? "exceeds " + kind.field() + " " + n(limit.value()) + " " + valueUnit
                        + (Double.isNaN(excess) ? "" : " by " + pct(excess))
                : "is within " + kind.field() + " " + n(limit.value()) + " " + valueUnit
                        + (Double.isNaN(excess) ? "" : " (" + pct(-excess) + " below)");
        String message = aggregation.id() + " " + n(observed) + " " + valueUnit + " (" + spread + ") " + verdict;
        return new LimitResult(
                unit, kind, limit, over ? Outcome.BREACH : Outcome.PASS, observed, halfWidth, Double.NaN, message);
    }

    static LimitResult regression(
            String unit,
            Limit limit,
            SampleSummary current,
            boolean noBaseline,
            List<RunScore> baselineRuns,
            Budget budget) {
        String field = LimitKind.MAX_REGRESSION_PERCENT.field();
        if (noBaseline) {
            return inconclusive(unit, limit, Double.NaN, "no baseline given, so " + field + " is not enforced");
        }
        if (baselineRuns.isEmpty()) {
            return inconclusive(
                    unit,
                    limit,
                    Double.NaN,
                    "the baseline holds no runs for unit '" + unit + "', so " + field + " is not enforced");
        }
        SampleSummary base = summary(baselineRuns, true);
        Aggregation agg = budget.aggregation();
        if (agg.of(base) == 0 || base.mean() == 0) {
            return inconclusive(
                    unit, limit, Double.NaN, "the baseline SCI is 0, so a regression in percent is undefined");
        }
        double regression = (agg.of(current) / agg.of(base) - 1) * 100;
        String observed = agg.id() + " SCI " + signedPct(regression) + " vs baseline (" + n(agg.of(current)) + " vs "
                + n(agg.of(base)) + " " + LimitKind.MAX_SCI.unit(unit) + ")";
        Guard guard = budget.guard();
        if (current.count() < guard.minSamples() || base.count() < guard.minSamples()) {
            return inconclusive(
                    unit,
                    limit,
                    regression,
                    observed + "; the statistical guard needs at least "
                            + guard.minSamples() + " runs on each side, got " + current.count() + " and " + base.count()
                            + ", so " + field + " " + pct(limit.value()) + " is not enforced");
        }
        return guarded(unit, limit, current, base, regression, observed, guard);
    }

    /** Both sides have enough runs: the rise counts only if it is over the limit and significantly so. */
    private static LimitResult guarded(
            String unit,
            Limit limit,
            SampleSummary current,
            SampleSummary base,
            double regression,
            String observed,
            Guard guard) {
        String field = LimitKind.MAX_REGRESSION_PERCENT.field();
        WelchResult beyondLimit = Welch.greaterThanScaled(current, base, 1 + limit.value() / 100);
        // The interval is for the plain difference of means, shown as percent of the baseline mean.
        double halfWidthPercent =
                Welch.greaterThanScaled(current, base, 1).confidenceHalfWidth(guard.alpha()) / base.mean() * 100;
        boolean significant = beyondLimit.significantAt(guard.alpha());
        boolean over = regression > limit.value();
        String verdict;
        if (over && significant) {
            verdict = "exceeds " + field + " " + pct(limit.value()) + " significantly";
        } else if (over) {
            verdict = "is above " + field + " " + pct(limit.value()) + " but not significantly beyond noise (p >= "
                    + p(guard.alpha()) + "), so it does not count";
        } else {
            verdict = "is within " + field + " " + pct(limit.value());
        }
        String evidence = "mean " + signedPct((current.mean() / base.mean() - 1) * 100) + " ± " + pct(halfWidthPercent)
                + " (" + confidence(guard.alpha()) + " CI), Welch p = " + p(beyondLimit.pValue())
                + " for a rise beyond "
                + pct(limit.value()) + ", " + current.count() + " vs " + base.count() + " runs";
        return new LimitResult(
                unit,
                LimitKind.MAX_REGRESSION_PERCENT,
                limit,
                over && significant ? Outcome.BREACH : Outcome.PASS,
                regression,
                halfWidthPercent,
                beyondLimit.pValue(),
                observed + " " + verdict + " (" + evidence + ")");
    }

    private static LimitResult inconclusive(String unit, Limit limit, double observed, String message) {
        return new LimitResult(
                unit,
                LimitKind.MAX_REGRESSION_PERCENT,
                limit,
                Outcome.INCONCLUSIVE,
                observed,
                Double.NaN,
                Double.NaN,
                message);
    }

    /** Half-width of the 95 % t confidence interval of the mean; NaN for a single run. */
    static double meanHalfWidth(SampleSummary s) {
        if (s.count() < 2) {
            return Double.NaN;
        }
        return new StudentT(s.count() - 1).quantile(1 - ABSOLUTE_ALPHA / 2) * Math.sqrt(s.varianceOfMean());
    }

    static String n(double value) {
        return Numbers.display(value);
    }

    private static String pct(double percent) {
        return String.format(Locale.ROOT, "%.3g %%", percent).replace("e+", "e");
    }

    private static String signedPct(double percent) {
        return (percent >= 0 ? "+" : "") + pct(percent);
    }

    private static String p(double p) {
        return String.format(Locale.ROOT, "%.3g", p);
    }

    private static String confidence(double alpha) {
        return Numbers.display((1 - alpha) * 100) + " %";
    }
}
