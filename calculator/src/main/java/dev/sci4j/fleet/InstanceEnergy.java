package dev.sci4j.fleet;

import dev.sci4j.grid.EnergyInterval;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Invariants;
import java.time.Duration;
import java.util.List;

/**
 * The process energy of one instance over the window, per step. Immutable and thread-safe.
 *
 * @param instance  the {@code instance} label (host:port of the scrape target)
 * @param hardwareKey the value that picks the instance's hardware: the instance, or the hardware label's value
 * @param intervals energy per step with energy in it, in time order
 * @param present   how long the instance was up in the window: the steps ending where it had a value
 */
public record InstanceEnergy(String instance, String hardwareKey, List<EnergyInterval> intervals, Duration present) {
    public InstanceEnergy {
        Invariants.present(instance, "instance");
        Invariants.present(hardwareKey, "hardware key");
        intervals = Invariants.list(intervals, "energy intervals");
        Invariants.present(present, "time present");
    }

    public Energy total() {
        return intervals.stream().map(EnergyInterval::energy).reduce(Energy.ZERO, Energy::plus);
    }
}
