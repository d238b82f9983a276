package dev.sci4j.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.i18n.Message;
import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.profile.ProcurementProfile;
import dev.sci4j.report.AgentOverhead;
import dev.sci4j.report.MeasuredFacts;
import dev.sci4j.report.SciReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a report against every requirement of a procurement profile and names each failure: profile and its
 * version, functional unit, repetitions, measured duration (after the warm-up), boundary, mandatory disclosures,
 * measured accuracy class and agent overhead (the sampler's share of
 * the process CPU time; with the profile's optional limit, the CPU time the agent adds per request). Stateless and thread-safe.
 */
public final class ConformanceCheck {
    private ConformanceCheck() {}

    /**
     * Every failed requirement, empty when the report conforms.
     *
     * @param factsOrNull what the report's files say under the profile's rules ({@link ClaimCheck}); null when
     *                    they cannot be read so (that is a reason of its own), then the stated figures are used
     */
    public static List<Message> check(ProcurementProfile p, SciReport r, ObjectNode tree, MeasuredFacts factsOrNull) {
        List<Message> out = new ArrayList<>();
        if (!r.profile().id().equals(p.id())) {
            out.add(Message.of("check.profile", r.profile().id(), p.id()));
        } else if (r.profile().version() != p.version()) {
            out.add(Message.of("check.profileVersion", r.profile().version(), p.version()));
        }
        if (!r.functionalUnit().name().equals(p.functionalUnit().name())) {
            out.add(Message.of(
                    "check.functionalUnit",
                    r.functionalUnit().name(),
                    p.functionalUnit().name()));
        }
        var scenario = p.usageScenario();
        if (r.usageScenario().repetitions() < scenario.minimumRepetitions()) {
            out.add(Message.of("check.repetitions", r.usageScenario().repetitions(), scenario.minimumRepetitions()));
        }
        double shortest = factsOrNull == null
                ? r.measurementWindow().shortestSeconds()
                : factsOrNull.repetitionSeconds().stream()
                        .mapToDouble(Double::doubleValue)
                        .min()
                        .orElse(0);
        if (shortest < scenario.minimumDurationSeconds()) {
            out.add(Message.of("check.duration", seconds(shortest), seconds(scenario.minimumDurationSeconds())));
        }
        for (String component : p.boundary().requiredComponents()) {
            if (!r.boundary().includes(component)) {
                out.add(Message.of("check.component", component));
            }
        }
        if (p.boundary().hardwareDisclosure() && blank(tree.get("hardware"))) {
            out.add(Message.of("check.disclosure", "hardware"));
        }
        for (String path : p.mandatoryDisclosures()) {
            if (blank(at(tree, path))) {
                out.add(Message.of("check.disclosure", path));
            }
        }
        AccuracyClass accuracy = factsOrNull == null ? r.energy().accuracyClass() : factsOrNull.accuracyClass();
        if (!p.accepts(accuracy)) {
            out.add(Message.of("check.accuracy", accuracy, p.minimumAccuracyClass()));
        }
        if (r.agentOverhead().samplerCpuPercent() > p.maxAgentOverheadPercent()) {
            out.add(Message.of(
                    "check.overhead",
                    String.format(Locale.ROOT, "%.2f", r.agentOverhead().samplerCpuPercent()),
                    p.maxAgentOverheadPercent()));
        }
        requestOverhead(p, r.agentOverhead(), out);
        return out.stream().distinct().toList();
    }

    /**
     * A profile's per-request limit needs a figure: a report whose agent version was not benchmarked (or an old
     * report without the figure) cannot show that it keeps to it, so it does not conform.
     */
    private static void requestOverhead(ProcurementProfile p, AgentOverhead o, List<Message> out) {
        Double max = p.maxAgentRequestOverheadNs();
        if (max == null) {
            return;
        }
        String versions = o.agentVersions() == null ? "?" : String.join(", ", o.agentVersions());
        if (o.requestOverheadNs() == null) {
            out.add(Message.of("check.requestOverheadUnknown", versions, seconds(max)));
        } else if (o.requestOverheadNs() > max) {
            out.add(Message.of("check.requestOverhead", versions, seconds(o.requestOverheadNs()), seconds(max)));
        }
    }

    private static String seconds(double s) {
        return dev.sci4j.units.Numbers.display(s);
    }

    private static JsonNode at(JsonNode root, String dotted) {
        JsonNode n = root;
        for (String part : dotted.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n;
    }

    /** Missing, null or a blank string: not disclosed. An empty list is a disclosure (e.g. nothing excluded). */
    private static boolean blank(JsonNode n) {
        return n == null || n.isNull() || (n.isTextual() && n.asText().isBlank());
    }
}
