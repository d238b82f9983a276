package dev.sci4j.budget;

import dev.sci4j.input.InvalidInputException;
import dev.sci4j.units.Invariants;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A CI carbon budget: per functional unit limits, how repetitions are aggregated, the statistical guard for
 * relative limits, the grid intensity and PUE the scores use. Read one with {@link BudgetFile#read}.
 * Immutable and thread-safe.
 *
 * @param gridOrNull  the grid intensity; null when the caller (CLI option, Maven parameter) must supply it
 * @param pue         power usage effectiveness applied to the measured energy, at least 1 (1 = IT energy only)
 * @param aggregation how repetitions reduce to one value for absolute limits
 * @param guard       the statistical guard for relative limits
 * @param units       the limits by functional unit name, sorted by name
 */
public record Budget(
        GridSpec gridOrNull, double pue, Aggregation aggregation, Guard guard, Map<String, UnitBudget> units) {

    public Budget {
        Invariants.atLeast(pue, 1, "pue");
        Invariants.present(aggregation, "aggregation");
        Invariants.present(guard, "guard");
        if (units == null || units.isEmpty()) {
            throw new IllegalArgumentException("units is missing: give the limits for at least one functional unit");
        }
        units = Map.copyOf(new TreeMap<>(units));
    }

    /** The units in name order, so every output lists them the same way. */
    public Iterable<UnitBudget> unitsInOrder() {
        return new TreeMap<>(units).values();
    }

    /** The grid to use: {@code override} when given, else the budget's; neither is an error. */
    public GridSpec grid(GridSpec overrideOrNull) {
        return Optional.ofNullable(overrideOrNull)
                .or(() -> Optional.ofNullable(gridOrNull))
                .orElseThrow(
                        () -> new InvalidInputException(
                                "no grid intensity: set grid (region and year, or intensity and type) in the"
                                        + " budget file or give it to the check; a budget is never checked against a default grid"));
    }
}
