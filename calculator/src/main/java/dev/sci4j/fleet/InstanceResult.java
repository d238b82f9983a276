package dev.sci4j.fleet;

import dev.sci4j.units.Carbon;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Invariants;
import java.time.Duration;
import java.util.Optional;

/**
 * One instance's part of a fleet score. Immutable and thread-safe.
 *
 * @param instance       the {@code instance} label
 * @param energy         its process energy E (before PUE)
 * @param operational    O = E × PUE × I for its energy, aligned step by step with a series
 * @param embodied       M for the time it was up, when its hardware was declared
 * @param units          R it counted, when the agent counts functional units
 * @param present        how long it was up in the window
 * @param hardwareSource how its TE was obtained, when declared
 */
public record InstanceResult(
        String instance,
        Energy energy,
        Carbon operational,
        Optional<Carbon> embodied,
        Optional<Double> units,
        Duration present,
        Optional<String> hardwareSource) {
    public InstanceResult {
        Invariants.present(instance, "instance");
        Invariants.present(energy, "energy");
        Invariants.present(operational, "operational");
        Invariants.present(embodied, "embodied");
        Invariants.present(units, "units");
        Invariants.present(present, "present");
        Invariants.present(hardwareSource, "hardware source");
    }

    /** O + M (M counted as zero when not declared). */
    public Carbon totalCarbon() {
        return operational.plus(embodied.orElse(Carbon.ZERO));
    }

    /** (O + M) / R in gCO2e per unit, when the instance counted units. */
    public Optional<Double> gramsPerUnit() {
        return units.filter(r -> r > 0).map(r -> totalCarbon().grams() / r);
    }
}
