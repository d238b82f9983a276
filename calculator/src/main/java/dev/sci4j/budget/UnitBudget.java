package dev.sci4j.budget;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The limits for one functional unit (the key of the budget's {@code units} map, e.g. {@code request}).
 * At least one limit is set. Immutable and thread-safe.
 *
 * @param unitName the functional unit, as the measurement names it or as {@code --unit-name} gives it
 * @param limits   the limits set, by kind
 */
public record UnitBudget(String unitName, Map<LimitKind, Limit> limits) {

    public UnitBudget {
        if (unitName == null || unitName.isBlank()) {
            throw new IllegalArgumentException("a functional unit name must not be blank");
        }
        if (limits.isEmpty()) {
            throw new IllegalArgumentException(
                    "units." + unitName + ": set at least one of maxSci, maxEnergyPerUnitJoules, maxRegressionPercent");
        }
        limits = Map.copyOf(limits);
    }

    public Optional<Limit> limit(LimitKind kind) {
        return Optional.ofNullable(limits.get(kind));
    }

    /** The file form before the unit name (the map key) is known. */
    record Limits(Map<LimitKind, Limit> byKind) {
        @JsonCreator
        static Limits fromFile(
                @JsonProperty("maxSci") Limit maxSci,
                @JsonProperty("maxEnergyPerUnitJoules") Limit maxEnergy,
                @JsonProperty("maxRegressionPercent") Limit maxRegression) {
            Map<LimitKind, Limit> m = new EnumMap<>(LimitKind.class);
            if (maxSci != null) {
                m.put(LimitKind.MAX_SCI, maxSci);
            }
            if (maxEnergy != null) {
                m.put(LimitKind.MAX_ENERGY_PER_UNIT_JOULES, maxEnergy);
            }
            if (maxRegression != null) {
                m.put(LimitKind.MAX_REGRESSION_PERCENT, maxRegression);
            }
            // Emptiness is checked by UnitBudget, after Jackson has reported any misspelt field.
            return new Limits(m);
        }
    }
}
