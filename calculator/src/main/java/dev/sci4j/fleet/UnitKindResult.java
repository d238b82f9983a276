package dev.sci4j.fleet;

import dev.sci4j.units.Carbon;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Invariants;
import java.util.Optional;

/**
 * One kind of functional unit across the fleet (e.g. {@code checkout}). Immutable and thread-safe.
 *
 * @param unit        the {@code unit} label
 * @param count       R of this kind, all outcomes
 * @param energy      the energy the agent attributed to it, when exported
 * @param operational O for that energy
 * @param embodied    M allocated by its share of the fleet's energy, when M is known
 */
public record UnitKindResult(
        String unit, double count, Optional<Energy> energy, Optional<Carbon> operational, Optional<Carbon> embodied) {
    public UnitKindResult {
        Invariants.present(unit, "unit");
        Invariants.nonNegative(count, "count of " + unit);
        Invariants.present(energy, "energy");
        Invariants.present(operational, "operational");
        Invariants.present(embodied, "embodied");
    }

    /** (O + M) / R in gCO2e per unit of this kind, when its energy is known and it was counted. */
    public Optional<Double> gramsPerUnit() {
        if (count <= 0 || operational.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                (operational.get().grams() + embodied.map(Carbon::grams).orElse(0.0)) / count);
    }
}
