package dev.sci4j.score;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * SCI per kind of functional unit and overall, from one measurement. Immutable.
 *
 * @param units    one score per outermost kind, in name order
 * @param nested   one score per nested kind and path ("of which" its parent), parents first
 * @param overall  all carbon over all successful outermost units of every kind
 * @param measured the units and energies the scores were computed from
 */
public record UnitScores(
        List<UnitScore> units, List<NestedScore> nested, ScoredResult overall, MeasuredUnits measured) {
    /** What the overall figure means, as every output states it. */
    public static final String OVERALL_MEANING = "overall = (O + M of the whole process) / (successful units of all"
            + " kinds together, outermost units only); when the kinds differ (e.g. search and checkout) it is an average per"
            + " unit of any kind, weighted by how often each ran — compare kinds with their own SCI";

    public UnitScores {
        units = List.copyOf(units);
        nested = List.copyOf(nested);
    }

    /**
     * A kind that ran inside another: its own SCI (its energy over its successful units), which is part of its
     * parent's carbon, not added to it.
     *
     * @param parents the kinds around it, outermost first; the last is its parent
     */
    public record NestedScore(List<String> parents, UnitScore score) {
        public NestedScore {
            parents = List.copyOf(parents);
        }

        public String parent() {
            return parents.get(parents.size() - 1);
        }

        public ObjectNode toJson() {
            ObjectNode n = Json.object();
            n.put("kind", score.energy().name());
            n.put("parent", parent());
            ArrayNode path = n.putArray("path");
            parents.forEach(path::add);
            path.add(score.energy().name());
            n.setAll(score.toJson());
            if (score.result() == null && score.energy().okCount() > 0) {
                n.put(
                        "sciNote",
                        "no CPU time was measured inside these units (counts recorded by the API, or"
                                + " virtual threads): their part of the parent's energy is unknown, SCI undefined");
            }
            return n;
        }
    }

    /**
     * One kind's score: null {@code result} when no unit of the kind succeeded (R = 0: no SCI).
     *
     * @param energyShare this kind's share of the process energy (and of M), 0..1
     */
    public record UnitScore(UnitEnergy energy, double energyShare, ScoredResult result) {
        public ObjectNode toJson() {
            ObjectNode n = result != null ? result.toJson() : Json.object();
            if (result == null) {
                n.putNull("sci");
                n.put("sciNote", "no successful unit of this kind: R = 0, SCI undefined");
            }
            n.put("count", energy.count());
            n.put("okCount", energy.okCount());
            n.put("failedCount", energy.failedCount());
            n.put("energyJoules", energy.energyJoules());
            n.put("attributedJoules", energy.attributedJoules());
            n.put("sharedUnattributedJoules", energy.sharedJoules());
            n.put("energyShare", energyShare);
            n.put("joulesPerUnit", energy.okCount() > 0 ? energy.energyJoules() / energy.okCount() : 0);
            return n;
        }
    }

    /** The machine form: {@code units} by name, {@code overall}, {@code energySource} and the sharing rules. */
    public ObjectNode toJson() {
        ObjectNode n = Json.object();
        ObjectNode byName = n.putObject("units");
        for (UnitScore u : units) {
            byName.set(u.energy().name(), u.toJson());
        }
        ObjectNode o = overall.toJson();
        o.put("count", measured.okTotal());
        o.put("energyJoules", overall.energy().total().joules());
        o.put("meaning", OVERALL_MEANING);
        n.set("overall", o);
        ArrayNode of = n.putArray("nested");
        nested.forEach(x -> of.add(x.toJson()));
        n.put("nesting", MeasuredUnits.NESTING);
        n.set("energySource", overall.energy().provenance());
        n.put("unattributedJoules", measured.unattributedJoules());
        n.put("processJoules", measured.processJoules());
        n.put("sharing", measured.sharing());
        n.put(
                "r",
                "R of each kind = its successful units; failed units' energy stays in E but they are not in R;"
                        + " overall R = the successful outermost units");
        return n;
    }
}
