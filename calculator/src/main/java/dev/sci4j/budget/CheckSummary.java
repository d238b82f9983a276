package dev.sci4j.budget;

import java.util.ArrayList;
import java.util.List;

/**
 * The check for people, one line per limit: its outcome, the unit and limit, and the sentence saying what was
 * compared, by how much and with what uncertainty; then a verdict line. The CLI prints it and the Maven goal
 * logs it (failures as errors). Stateless and thread-safe.
 */
public final class CheckSummary {
    private CheckSummary() {}

    /** The header lines: what was checked and how. */
    public static List<String> header(CheckResult result) {
        List<String> lines = new ArrayList<>();
        lines.add("sci4j carbon budget: " + result.sourceDescription() + ", "
                + result.budget().aggregation().id() + " over runs");
        lines.add("  grid: " + result.gridDescription() + "; PUE "
                + BudgetCheck.n(result.budget().pue()) + "; embodied emissions M are not included");
        if (result.baselineDescriptionOrNull() != null) {
            lines.add("  baseline: " + result.baselineDescriptionOrNull() + "; guard: at least "
                    + result.budget().guard().minSamples() + " runs per side, Welch's t-test at alpha "
                    + BudgetCheck.n(result.budget().guard().alpha()));
        }
        return lines;
    }

    /** One line for a limit, e.g. {@code FAIL request maxSci (error): median 0.012 gCO2e/request … exceeds …}. */
    public static String line(LimitResult l) {
        return String.format(
                java.util.Locale.ROOT,
                "%-12s %s %s (%s): %s",
                BenchmarkJson.word(l),
                l.unitName(),
                l.kind().field(),
                l.limit().level().id(),
                l.message());
    }

    /** The last line: within budget or exceeded, with counts. */
    public static String verdict(CheckResult result) {
        long inconclusive = result.limits().stream()
                .filter(l -> l.outcome() == Outcome.INCONCLUSIVE)
                .count();
        String notes = result.warnings() + " warning" + (result.warnings() == 1 ? "" : "s") + ", " + inconclusive
                + " inconclusive";
        return result.passed()
                ? "Within the carbon budget (" + notes + ")."
                : "Carbon budget exceeded: " + result.errors() + " error-level limit"
                        + (result.errors() == 1 ? "" : "s") + " breached (" + notes + ").";
    }

    /** Header, limit lines and verdict. */
    public static List<String> lines(CheckResult result) {
        List<String> lines = new ArrayList<>(header(result));
        result.limits().forEach(l -> lines.add("  " + line(l)));
        lines.add(verdict(result));
        return lines;
    }
}
