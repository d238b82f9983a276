package dev.sci4j.fleet;

import dev.sci4j.grid.EnergyInterval;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Invariants;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Functional units counted by the agent ({@code sci_functional_units_total{unit,outcome}}) over the window, and
 * the energy it attributed to each kind ({@code sci_unit_energy_joules_total{unit}}) when exported. R counts
 * every outcome: a failed request still did the work that drew the energy. Immutable and thread-safe.
 *
 * @param query           the PromQL selector for the counts
 * @param unitEnergyQuery the PromQL selector for the energy per unit kind
 * @param byInstance      units counted per instance (all kinds and outcomes), sorted
 * @param byUnit          units counted per kind (all instances and outcomes), sorted
 * @param energyByUnit    energy per step per kind, for the kinds the agent attributed energy to
 */
public record FleetUnits(
        String query,
        String unitEnergyQuery,
        Map<String, Double> byInstance,
        Map<String, Double> byUnit,
        Map<String, List<EnergyInterval>> energyByUnit) {
    public FleetUnits {
        Invariants.present(query, "units query");
        Invariants.present(unitEnergyQuery, "unit energy query");
        byInstance = Invariants.map(byInstance, "units per instance");
        byUnit = Invariants.map(byUnit, "units per kind");
        energyByUnit = Invariants.map(energyByUnit, "energy per unit kind");
    }

    /** Whether the agent exported any functional-unit counter for the selected service in the window. */
    public boolean counted() {
        return !byUnit.isEmpty();
    }

    /** R of the fleet: every kind, every outcome, every instance. */
    public double total() {
        return byUnit.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    public Optional<Double> ofInstance(String instance) {
        return Optional.ofNullable(byInstance.get(instance));
    }

    public Optional<Energy> energyOf(String unit) {
        List<EnergyInterval> intervals = energyByUnit.get(unit);
        return intervals == null
                ? Optional.empty()
                : Optional.of(intervals.stream().map(EnergyInterval::energy).reduce(Energy.ZERO, Energy::plus));
    }
}
