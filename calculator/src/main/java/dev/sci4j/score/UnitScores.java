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
            return n;
        }
    }

    /** Where a kind's E comes from. */
    public enum EnergyBasis {
        /** Its CPU-attributed energy (GPU energy too where the agent gave it some) and its share of the rest. */
        OWN,
        /**
         * Counts recorded inside a parent kind with no CPU time of their own ({@code FunctionalUnits.record}): its
         * E is the parent's (all the energy of the units it was counted in), so its SCI is the parent's carbon
         * over these units.
         */
        PARENT,
        /** Counts with no CPU time of their own and no parent energy to take: E unknown, no SCI. */
        UNKNOWN
    }

    /**
     * One kind's score: null {@code result} when no unit of the kind succeeded (R = 0) or its energy is unknown
     * (no SCI).
     *
     * @param energyShare this kind's share of the process energy (and of M), 0..1; for {@link EnergyBasis#PARENT}
     *                    the parent's
     * @param basis       where its E comes from
     * @param energyFrom  for {@link EnergyBasis#PARENT}, the kind whose energy it takes (its parent); else null
     * @param gpuUnits    whether the agent gave it all GPU energy ({@code gpu.units}): its own energy is GPU energy
     */
    public record UnitScore(
            UnitEnergy energy,
            double energyShare,
            ScoredResult result,
            EnergyBasis basis,
            String energyFrom,
            boolean gpuUnits) {
        /** Scored on its own energy. */
        public UnitScore(UnitEnergy energy, double energyShare, ScoredResult result) {
            this(energy, energyShare, result, EnergyBasis.OWN, null, false);
        }

        public UnitScore {
            if ((basis == EnergyBasis.PARENT) != (energyFrom != null)) {
                throw new IllegalArgumentException("energyFrom names the parent exactly when the basis is PARENT");
            }
        }

        /** E in J: its own, or the parent's for {@link EnergyBasis#PARENT}; NaN when unknown. */
        public double energyJoules() {
            switch (basis) {
                case PARENT:
                    return result != null ? result.energy().total().joules() : Double.NaN;
                case UNKNOWN:
                    return Double.NaN;
                default:
                    return energy.energyJoules();
            }
        }

        /** What a reader must know about this kind's E, or null when it is simply its own. */
        public String energyNote() {
            switch (basis) {
                case PARENT:
                    return "counted inside " + energyFrom + " (no CPU time measured inside these units, e.g. counts"
                            + " recorded with FunctionalUnits.record): their energy is the parent's, so J and SCI per"
                            + " unit are the parent's over these units";
                case UNKNOWN:
                    return "no CPU time was measured inside these units (counts recorded with"
                            + " FunctionalUnits.record, or virtual threads): their energy is in the other kinds',"
                            + " unknown on its own, SCI undefined";
                default:
                    return gpuUnits
                            ? "its energy is the GPU energy the agent gave it (gpu.units) and its share of the"
                                    + " unattributed energy; the CPU work around it is in its parent's"
                            : null;
            }
        }

        public ObjectNode toJson() {
            ObjectNode n = result != null ? result.toJson() : Json.object();
            if (result == null) {
                n.putNull("sci");
                n.put(
                        "sciNote",
                        basis == EnergyBasis.OWN
                                ? "no successful unit of this kind: R = 0, SCI undefined"
                                : energyNote());
            }
            n.put("count", energy.count());
            n.put("okCount", energy.okCount());
            n.put("failedCount", energy.failedCount());
            double joules = energyJoules();
            if (Double.isNaN(joules)) {
                n.putNull("energyJoules"); // unknown, which 0 would misstate as costing nothing
            } else {
                n.put("energyJoules", joules);
            }
            n.put("attributedJoules", energy.attributedJoules());
            n.put("sharedUnattributedJoules", energy.sharedJoules());
            n.put("energyShare", energyShare);
            if (Double.isNaN(joules)) {
                n.putNull("joulesPerUnit");
            } else {
                n.put("joulesPerUnit", energy.okCount() > 0 ? joules / energy.okCount() : 0);
            }
            n.put("energyBasis", basis.name().toLowerCase(java.util.Locale.ROOT));
            if (energyFrom != null) {
                n.put("countedInside", energyFrom);
            }
            if (energyNote() != null) {
                n.put("energyNote", energyNote());
            }
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
