package dev.sci4j.compare;

import dev.sci4j.i18n.Message;
import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.measurement.EnergySourceKind;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.profile.ProcurementProfile;
import dev.sci4j.report.AgentBenchmarks;
import dev.sci4j.report.AgentOverhead;
import dev.sci4j.report.EmbodiedDisclosure;
import dev.sci4j.report.FunctionalUnit;
import dev.sci4j.report.MeasuredFacts;
import dev.sci4j.report.ReportVerifier;
import dev.sci4j.report.SciReport;
import dev.sci4j.units.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every claim of a report that its embedded measurement files can check, under the profile's rules (the
 * profile's warm-up applied, its functional-unit definition): each repetition's measured window, the energy
 * source and accuracy class (and that each file's class and energy components fit its source), R as the agent
 * counted it (a declared R only when the files hold no counts and the profile allows it), a stated CPU model
 * and logical cores against those the files ran on, and a declared
 * embodied figure against the profile's model, and the
 * agent's sampler CPU share and versions. A stated figure that differs from its measurement is a reason.
 * Stateless and thread-safe.
 */
final class ClaimCheck {
    /** The class each energy source earns: relabelling a model as RAPL changes the kind, not the evidence. */
    private static final Map<EnergySourceKind, AccuracyClass> CLASS_OF = Map.of(
            EnergySourceKind.RAPL, AccuracyClass.A,
            EnergySourceKind.HOST_FILE, AccuracyClass.B,
            EnergySourceKind.MODEL, AccuracyClass.C,
            EnergySourceKind.CONSTANT, AccuracyClass.D);

    /** The energy components each source writes (agent {@code energy/Components}). */
    private static final Map<EnergySourceKind, Set<String>> COMPONENTS_OF = Map.of(
            EnergySourceKind.RAPL, Set.of("package", "dram", "psys"),
            EnergySourceKind.HOST_FILE, Set.of("total"),
            EnergySourceKind.MODEL, Set.of("cpu", "memory"),
            EnergySourceKind.CONSTANT, Set.of("total"));

    private ClaimCheck() {}

    /** The reasons, and the facts when the files could be read under the profile's rules. */
    record Outcome(List<Message> reasons, MeasuredFacts factsOrNull) {}

    static Outcome check(ProcurementProfile p, SciReport r) {
        List<Message> out = new ArrayList<>();
        double warmUp = p.usageScenario().warmUpSeconds();
        if (r.usageScenario().warmUpSeconds() != warmUp) {
            out.add(Message.of("claim.warmUp", n(r.usageScenario().warmUpSeconds()), n(warmUp)));
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < r.measurements().size(); i++) {
            labels.add(Integer.toString(i + 1));
        }
        MeasuredFacts facts;
        try {
            facts = MeasuredFacts.of(r.measurements(), labels, warmUp, p.functionalUnit());
        } catch (IllegalArgumentException e) {
            out.add(Message.of("claim.unreadable", e.getMessage()));
            return new Outcome(out, null);
        }
        for (int i = 0; i < r.measurements().size(); i++) {
            evidence(r.measurements().get(i), i + 1, out);
        }
        windows(r, facts, out);
        if (!r.energy().sourceKinds().equals(facts.sourceKinds())
                || r.energy().accuracyClass() != facts.accuracyClass()) {
            out.add(Message.of(
                    "claim.energy",
                    String.join(", ", r.energy().sourceKinds()) + " / "
                            + r.energy().accuracyClass(),
                    String.join(", ", facts.sourceKinds()) + " / " + facts.accuracyClass()));
        }
        units(p, r, facts, out);
        facts.hardwareDifferences(r.hardware())
                .forEach(d -> out.add(Message.of("claim." + d.field(), d.stated(), d.measured())));
        overhead(r, out);
        embodied(p, r.embodied(), facts, out);
        return new Outcome(out, facts);
    }

    /** A file's accuracy class must be its source's, and its energy components those its source writes. */
    private static void evidence(Measurement m, int repetition, List<Message> out) {
        var source = m.run().energySource();
        if (CLASS_OF.get(source.kind()) != source.accuracyClass()) {
            out.add(Message.of(
                    "claim.class",
                    repetition,
                    source.kind().id(),
                    source.accuracyClass(),
                    CLASS_OF.get(source.kind())));
        }
        Set<String> allowed = COMPONENTS_OF.get(source.kind());
        List<String> foreign = m.total()
                .map(t -> t.machineJoules().keySet().stream()
                        .filter(c -> !allowed.contains(c))
                        .sorted()
                        .toList())
                .orElse(List.of());
        if (!foreign.isEmpty()) {
            out.add(Message.of("claim.components", repetition, source.kind().id(), String.join(", ", foreign)));
        }
    }

    private static void windows(SciReport r, MeasuredFacts facts, List<Message> out) {
        List<Double> stated = r.measurementWindow().repetitionSeconds();
        for (int i = 0; i < facts.repetitionSeconds().size(); i++) {
            double measured = facts.repetitionSeconds().get(i);
            if (i >= stated.size() || !ReportVerifier.close(stated.get(i), measured)) {
                out.add(Message.of("claim.duration", i + 1, i < stated.size() ? n(stated.get(i)) : "—", n(measured)));
            }
        }
    }

    private static void units(ProcurementProfile p, SciReport r, MeasuredFacts facts, List<Message> out) {
        FunctionalUnit fu = r.functionalUnit();
        if (facts.hasCounts()) {
            if (!fu.countSource().equals(FunctionalUnit.FROM_AGENT)) {
                out.add(Message.of(
                        "claim.unitsDeclared", counts(fu.unitsPerRepetition()), counts(facts.countedUnits())));
            } else if (!fu.unitsPerRepetition().equals(facts.countedUnits())) {
                out.add(Message.of("claim.units", counts(fu.unitsPerRepetition()), counts(facts.countedUnits())));
            }
        } else if (!p.functionalUnit().declaredCountsAllowed()) {
            out.add(Message.of("claim.unitsNotCounted"));
        }
    }

    /**
     * The stated sampler share and agent versions must be the files': the profile's limits are checked on the
     * stated figures, and the per-request figure is looked up by agent version.
     */
    private static void overhead(SciReport r, List<Message> out) {
        AgentOverhead stated = r.agentOverhead();
        AgentOverhead measured = AgentOverhead.measure(r.measurements(), AgentBenchmarks.bundled());
        if (!ReportVerifier.close(stated.samplerCpuPercent(), measured.samplerCpuPercent())) {
            out.add(Message.of("claim.samplerCpu", n(stated.samplerCpuPercent()), n(measured.samplerCpuPercent())));
        }
        // Old reports (no versions stated) predate the field; their sampler share is still checked above.
        if (stated.agentVersions() != null && !stated.agentVersions().equals(measured.agentVersions())) {
            out.add(Message.of(
                    "claim.agentVersions",
                    String.join(", ", stated.agentVersions()),
                    String.join(", ", measured.agentVersions())));
        }
    }

    /** A vendor's own embodied data must not be zero nor below the profile's model for the measured cores. */
    private static void embodied(ProcurementProfile p, EmbodiedDisclosure e, MeasuredFacts facts, List<Message> out) {
        if (e.profileDefault()) {
            return;
        }
        if (e.totalEmbodiedG() == 0) {
            out.add(Message.of("claim.embodiedZero"));
            return;
        }
        double declaredPerHour =
                e.totalEmbodiedG() * e.resourcesReserved() / e.resourcesTotal() / e.lifespanSeconds() * 3600;
        double floorPerHour = p.embodied().modelGramsPerSecond(facts.logicalCores()) * 3600;
        if (declaredPerHour < floorPerHour) {
            out.add(Message.of("claim.embodiedLow", n(declaredPerHour), n(floorPerHour), facts.logicalCores()));
        }
    }

    private static String counts(List<Double> units) {
        return String.join(", ", units.stream().map(ClaimCheck::n).toList());
    }

    private static String n(double v) {
        return Numbers.display(v);
    }
}
