package dev.sci4j.fleet;

import dev.sci4j.grid.EnergyInterval;
import dev.sci4j.input.Checks;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.score.EnergyInput;
import dev.sci4j.score.IntensityInput;
import dev.sci4j.score.ScoredResult;
import dev.sci4j.score.Scoring;
import dev.sci4j.units.Carbon;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Invariants;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The SCI of a fleet: {@link Scoring} over the energy of every instance, with R from the agent's functional-unit
 * counters (or declared), M summed over the instances' declared hardware (or declared as a whole), and a
 * breakdown per instance and per unit kind. Stateless.
 */
public final class FleetScoring {
    private FleetScoring() {}

    /**
     * How M is given: not at all, as one declared figure for the fleet, or per instance from a hardware map.
     *
     * @param declaredOrNull M for the whole fleet, gCO2e
     * @param mapOrNull      hardware per instance
     */
    public record Embodied(Carbon declaredOrNull, HardwareMap mapOrNull) {
        public Embodied {
            if (declaredOrNull != null && mapOrNull != null) {
                throw new InvalidInputException(
                        "give --embodied-g or --hardware-map, not both: M would be counted twice");
            }
        }
    }

    /**
     * @param declaredUnitsOrNull R given with --units; it takes precedence over counted units, and is disclosed
     */
    public static FleetResult score(
            FleetEnergy energy,
            FleetUnits units,
            IntensityInput intensity,
            Embodied embodied,
            double pue,
            Double declaredUnitsOrNull,
            String unitName) {
        Invariants.present(energy, "fleet energy");
        double r = functionalUnits(units, declaredUnitsOrNull);
        // Breakdowns first: a series intensity keeps the last alignment for its disclosure, which must be the fleet's.
        List<InstanceResult> instances = new ArrayList<>();
        for (InstanceEnergy i : energy.instances()) {
            instances.add(instance(energy, i, units, intensity, embodied, pue));
        }
        Carbon m = embodied.declaredOrNull() != null
                ? embodied.declaredOrNull()
                : embodied.mapOrNull() == null
                        ? null
                        : instances.stream()
                                .map(i -> i.embodied().orElseThrow())
                                .reduce(Carbon.ZERO, Carbon::plus);
        List<UnitKindResult> kinds = unitKinds(energy, units, intensity, m, pue);
        ScoredResult overall = Scoring.score(energy.input(), intensity, m, pue, r, unitName);
        return new FleetResult(overall, instances, kinds, units, declaredUnitsOrNull != null);
    }

    private static double functionalUnits(FleetUnits units, Double declared) {
        if (declared != null) {
            return Checks.functionalUnits(declared, "--units (R)");
        }
        if (!units.counted()) {
            throw new InvalidInputException("R is unknown: the query " + units.query() + " returned no series in the"
                    + " window (the agent exports it when it counts functional units); give --units N");
        }
        if (units.total() <= 0) {
            throw new InvalidInputException("R (functional units) is zero: the query " + units.query()
                    + " counted no functional units in the window, and SCI is carbon per unit; give --units N");
        }
        return units.total();
    }

    private static InstanceResult instance(
            FleetEnergy energy,
            InstanceEnergy i,
            FleetUnits units,
            IntensityInput intensity,
            Embodied embodied,
            double pue) {
        Carbon operational = operational(energy.input(i), intensity, pue);
        Optional<HardwareEntry> hardware =
                Optional.ofNullable(embodied.mapOrNull()).map(m -> m.lookup(i.instance(), i.hardwareKey()));
        return new InstanceResult(
                i.instance(),
                i.total(),
                operational,
                hardware.map(h -> h.share(i.present()).carbon()),
                units.ofInstance(i.instance()),
                i.present(),
                hardware.map(HardwareEntry::source));
    }

    private static List<UnitKindResult> unitKinds(
            FleetEnergy energy, FleetUnits units, IntensityInput intensity, Carbon fleetEmbodiedOrNull, double pue) {
        List<UnitKindResult> kinds = new ArrayList<>();
        double fleetJoules = energy.total().joules();
        // Kinds with energy but no count (e.g. the agent's "unattributed") are listed too, so the energies add up.
        SortedSet<String> names = new TreeSet<>(units.byUnit().keySet());
        names.addAll(units.energyByUnit().keySet());
        names.forEach(unit -> {
            Optional<Energy> e = units.energyOf(unit);
            Optional<Carbon> o = e.map(x -> operational(unitInput(units, unit, x), intensity, pue));
            // M follows the energy: a kind that drew a third of the fleet's energy carries a third of M.
            Optional<Carbon> m = e.filter(x -> fleetEmbodiedOrNull != null && fleetJoules > 0)
                    .map(x -> fleetEmbodiedOrNull.times(Math.min(1, x.joules() / fleetJoules)));
            kinds.add(new UnitKindResult(unit, units.byUnit().getOrDefault(unit, 0.0), e, o, m));
        });
        return kinds;
    }

    private static EnergyInput unitInput(FleetUnits units, String unit, Energy total) {
        List<EnergyInterval> intervals = units.energyByUnit().get(unit);
        return EnergyInput.of(total, intervals, null, "unit " + unit);
    }

    /** No energy means no carbon, and nothing to align with a series (which would reject an empty list). */
    private static Carbon operational(EnergyInput input, IntensityInput intensity, double pue) {
        return input.total().joules() == 0 ? Carbon.ZERO : intensity.operational(input, pue);
    }
}
