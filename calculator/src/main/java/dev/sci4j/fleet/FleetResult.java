package dev.sci4j.fleet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.score.ScoredResult;
import dev.sci4j.units.Invariants;
import dev.sci4j.units.Units;
import java.util.List;

/**
 * A fleet's SCI: the overall score as {@code score} gives it, with the breakdown per instance and per unit kind.
 * Immutable once built.
 *
 * @param overall       the fleet's score and disclosures
 * @param instances     one per instance, sorted by instance
 * @param unitKinds     one per kind of functional unit counted, sorted
 * @param units         where R came from
 * @param unitsDeclared true when R was given with --units rather than counted
 */
public record FleetResult(
        ScoredResult overall,
        List<InstanceResult> instances,
        List<UnitKindResult> unitKinds,
        FleetUnits units,
        boolean unitsDeclared) {
    public FleetResult {
        Invariants.present(overall, "overall score");
        instances = Invariants.list(instances, "instances");
        unitKinds = Invariants.list(unitKinds, "unit kinds");
        Invariants.present(units, "units");
    }

    /** {@link ScoredResult#toJson()} plus {@code functionalUnitsSource}, {@code instances} and {@code unitKinds}. */
    public ObjectNode toJson() {
        ObjectNode n = overall.toJson();
        ObjectNode r = n.putObject("functionalUnitsSource");
        r.put("kind", unitsDeclared ? "declared" : "prometheus");
        r.put("query", units.query());
        r.put("outcomes", "all");
        ArrayNode list = n.putArray("instances");
        for (InstanceResult i : instances) {
            ObjectNode o = list.addObject();
            o.put("instance", i.instance());
            o.put("energyJoules", i.energy().joules());
            o.put("energyKwh", i.energy().kwh());
            o.put("operationalG", i.operational().grams());
            i.embodied().ifPresentOrElse(m -> o.put("embodiedG", m.grams()), () -> o.putNull("embodiedG"));
            i.hardwareSource().ifPresent(s -> o.put("hardwareSource", s));
            o.put("totalCarbonG", i.totalCarbon().grams());
            i.units().ifPresentOrElse(u -> o.put("units", u), () -> o.putNull("units"));
            i.gramsPerUnit().ifPresentOrElse(s -> o.put("sci", s), () -> o.putNull("sci"));
            o.put("presentSeconds", Units.seconds(i.present()));
        }
        ArrayNode kinds = n.putArray("unitKinds");
        for (UnitKindResult k : unitKinds) {
            ObjectNode o = kinds.addObject();
            o.put("unit", k.unit());
            o.put("count", k.count());
            k.energy().ifPresentOrElse(e -> o.put("energyJoules", e.joules()), () -> o.putNull("energyJoules"));
            k.operational().ifPresentOrElse(c -> o.put("operationalG", c.grams()), () -> o.putNull("operationalG"));
            k.embodied().ifPresentOrElse(c -> o.put("embodiedG", c.grams()), () -> o.putNull("embodiedG"));
            k.gramsPerUnit().ifPresentOrElse(s -> o.put("sci", s), () -> o.putNull("sci"));
        }
        return n;
    }
}
