package dev.sci4j.budget;

import java.util.List;

/**
 * The outcome of a budget check: every unit with its limits, plus what was checked. Immutable.
 *
 * @param budget         the budget applied
 * @param sourceDescription what the repetitions came from, e.g. {@code 5 measurement files}
 * @param gridDescription   the grid intensity used, or a note that reports carried their own
 * @param baselineDescriptionOrNull what the baseline came from, or null without one
 * @param units          the results by unit, in name order
 */
public record CheckResult(
        Budget budget,
        String sourceDescription,
        String gridDescription,
        String baselineDescriptionOrNull,
        List<UnitResult> units) {
    public CheckResult {
        units = List.copyOf(units);
    }

    public List<LimitResult> limits() {
        return units.stream().flatMap(u -> u.limits().stream()).toList();
    }

    /** Error-level breaches: any one fails the check (exit 1, BUILD FAILURE). */
    public long errors() {
        return limits().stream().filter(LimitResult::failsCheck).count();
    }

    public long warnings() {
        return limits().stream().filter(LimitResult::warns).count();
    }

    public boolean passed() {
        return errors() == 0;
    }
}
