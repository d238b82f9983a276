package dev.sci4j.fleet;

import dev.sci4j.grid.EnergyInterval;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.prometheus.PrometheusApi;
import dev.sci4j.prometheus.RangeGrid;
import dev.sci4j.prometheus.RangeSeries;
import dev.sci4j.prometheus.Selector;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Invariants;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads a service's energy and functional units from Prometheus: range queries of the agent's counters, merged
 * with the user's selector, evaluated on one grid so every instance and every step line up. Thread-safe if the
 * API is.
 */
public final class FleetSource {
    /** The agent's energy counter; {@code scope="process"} is the energy attributed to the JVM. */
    public static final String ENERGY_METRIC = "sci_energy_joules_total";

    public static final String UNITS_METRIC = "sci_functional_units_total";
    public static final String UNIT_ENERGY_METRIC = "sci_unit_energy_joules_total";
    static final String INSTANCE = "instance";

    private final PrometheusApi api;
    private final Selector selector;
    private final RangeGrid grid;
    private final String hardwareLabelOrNull;

    /**
     * @param hardwareLabelOrNull a label naming each instance's hardware (e.g. {@code node_type}); null keys
     *                            the hardware by instance
     */
    public FleetSource(PrometheusApi api, Selector selector, RangeGrid grid, String hardwareLabelOrNull) {
        this.api = Invariants.present(api, "Prometheus API");
        this.selector = Invariants.present(selector, "selector");
        this.grid = Invariants.present(grid, "grid");
        this.hardwareLabelOrNull = hardwareLabelOrNull;
    }

    public RangeGrid grid() {
        return grid;
    }

    public String energyQuery() {
        return selector.apply(ENERGY_METRIC, "scope=\"process\"");
    }

    /**
     * @throws InvalidInputException naming the query when it matches no series in the window
     */
    public FleetEnergy energy() {
        String query = energyQuery();
        List<RangeSeries> series = api.queryRange(query, grid);
        if (series.isEmpty()) {
            throw new InvalidInputException("the query " + query + " returned no series from " + grid.start() + " to "
                    + grid.end() + " at " + api.describe() + ": check --selector and the window, and that Prometheus"
                    + " scrapes the sci4j agent (agent option prometheus.port)");
        }
        Map<String, double[]> joules = StepCounters.sumBy(series, grid, query, s -> s.label(INSTANCE));
        Map<String, boolean[]> present = StepCounters.presentBy(series, grid, query, s -> s.label(INSTANCE));
        Map<String, String> hardwareKeys = hardwareKeys(series, query);
        List<InstanceEnergy> instances = new ArrayList<>();
        joules.forEach((instance, perStep) -> instances.add(new InstanceEnergy(
                instance, hardwareKeys.get(instance), intervals(perStep), presentTime(present.get(instance)))));
        TreeSet<String> sources = new TreeSet<>();
        series.forEach(s -> sources.add(s.label("source")));
        sources.remove("");
        return new FleetEnergy(api.describe(), query, grid, instances, List.copyOf(sources));
    }

    /** The functional units counted, possibly none (then R must be declared). */
    public FleetUnits units() {
        String query = selector.apply(UNITS_METRIC);
        String energyQuery = selector.apply(UNIT_ENERGY_METRIC);
        List<RangeSeries> counts = api.queryRange(query, grid);
        Map<String, Double> byInstance = totals(StepCounters.sumBy(counts, grid, query, s -> s.label(INSTANCE)));
        Map<String, Double> byUnit = totals(StepCounters.sumBy(counts, grid, query, s -> s.label("unit")));
        Map<String, List<EnergyInterval>> energyByUnit = new TreeMap<>();
        if (!counts.isEmpty()) {
            StepCounters.sumBy(api.queryRange(energyQuery, grid), grid, energyQuery, s -> s.label("unit"))
                    .forEach((unit, perStep) -> energyByUnit.put(unit, intervals(perStep)));
        }
        return new FleetUnits(query, energyQuery, byInstance, byUnit, energyByUnit);
    }

    /** Step i covers (at(i-1), at(i)]; steps without energy are left out (nothing to align). */
    private List<EnergyInterval> intervals(double[] joulesPerStep) {
        List<EnergyInterval> out = new ArrayList<>();
        for (int i = 1; i < joulesPerStep.length; i++) {
            if (joulesPerStep[i] > 0) {
                out.add(new EnergyInterval(grid.at(i - 1), grid.at(i), Energy.ofJoules(joulesPerStep[i])));
            }
        }
        return out;
    }

    /** An instance is up during a step when it had a value at the step's end. */
    private Duration presentTime(boolean[] present) {
        Duration total = Duration.ZERO;
        for (int i = 1; i < present.length; i++) {
            if (present[i]) {
                total = total.plus(grid.step());
            }
        }
        return total;
    }

    private Map<String, String> hardwareKeys(List<RangeSeries> series, String query) {
        Function<RangeSeries, String> key =
                hardwareLabelOrNull == null ? s -> s.label(INSTANCE) : s -> s.label(hardwareLabelOrNull);
        Map<String, String> keys = new TreeMap<>();
        for (RangeSeries s : series) {
            String previous = keys.putIfAbsent(s.label(INSTANCE), key.apply(s));
            if (previous != null && !previous.equals(key.apply(s))) {
                throw new InvalidInputException(
                        "instance " + s.label(INSTANCE) + " has two values of the hardware label " + hardwareLabelOrNull
                                + " in " + query + " ('" + previous + "' and '" + key.apply(s) + "')");
            }
        }
        return keys;
    }

    private static Map<String, Double> totals(Map<String, double[]> perStep) {
        Map<String, Double> totals = new TreeMap<>();
        perStep.forEach((k, v) -> totals.put(k, StepCounters.total(v)));
        return totals;
    }
}
