package dev.sci4j.fleet;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.grid.EnergyInterval;
import dev.sci4j.prometheus.RangeGrid;
import dev.sci4j.score.EnergyInput;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Invariants;
import dev.sci4j.units.Numbers;
import dev.sci4j.units.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * The process energy of every instance of a service over a window, as read from Prometheus. Immutable and
 * thread-safe.
 *
 * @param server      where it was read, e.g. {@code http://localhost:9090}
 * @param query       the PromQL selector evaluated
 * @param grid        the window and step
 * @param instances   one entry per {@code instance} label value, sorted
 * @param sourceKinds the agent's energy sources seen (the {@code source} label: rapl, model, …)
 */
public record FleetEnergy(
        String server, String query, RangeGrid grid, List<InstanceEnergy> instances, List<String> sourceKinds) {
    public FleetEnergy {
        Invariants.present(server, "server");
        Invariants.present(query, "query");
        Invariants.present(grid, "grid");
        instances = Invariants.list(instances, "instances");
        sourceKinds = Invariants.list(sourceKinds, "energy source kinds");
    }

    public Energy total() {
        return instances.stream().map(InstanceEnergy::total).reduce(Energy.ZERO, Energy::plus);
    }

    /** E of the whole fleet: every instance's intervals (they overlap in time, which alignment allows). */
    public EnergyInput input() {
        List<EnergyInterval> all = new ArrayList<>();
        instances.forEach(i -> all.addAll(i.intervals()));
        return EnergyInput.of(
                total(),
                all,
                provenance(),
                "from Prometheus " + server + ", " + query + " over "
                        + instances.size() + " instance" + (instances.size() == 1 ? "" : "s") + ", " + describeWindow()
                        + ", energy source " + String.join("/", sourceKinds));
    }

    /** E of one instance, for its share of the breakdown. */
    public EnergyInput input(InstanceEnergy instance) {
        return EnergyInput.of(instance.total(), instance.intervals(), provenance(), "instance " + instance.instance());
    }

    private String describeWindow() {
        return grid.start() + " to " + grid.end() + " in steps of " + Numbers.display(Units.seconds(grid.step()))
                + " s";
    }

    private ObjectNode provenance() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("kind", "prometheus");
        n.put("server", server);
        n.put("query", query);
        n.put("windowStart", grid.start().toString());
        n.put("windowEnd", grid.end().toString());
        n.put("windowSeconds", Units.seconds(grid.window()));
        n.put("stepSeconds", Units.seconds(grid.step()));
        n.put("instances", instances.size());
        sourceKinds.forEach(n.putArray("energySourceKinds")::add);
        n.put(
                "counterHandling",
                "raw counter values at step boundaries; a drop is a restart counted from the new"
                        + " value; a series starting inside the window counts from zero; no extrapolation");
        // The metrics carry the source kind but not the agent's accuracy class: that is in its log and file.
        n.putNull("accuracyClass");
        return n;
    }
}
