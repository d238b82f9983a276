package dev.sci4j.compare;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.i18n.Message;
import dev.sci4j.i18n.Messages;
import dev.sci4j.report.ScoredRepetitions;

/**
 * The machine form of a comparison: full precision (numbers as Jackson writes them, locale-free), the unit in
 * every name, reasons as message key, arguments and rendered text. Stateless and thread-safe.
 */
public final class ComparisonJson {
    private ComparisonJson() {}

    public static ObjectNode of(Comparison c, Messages m) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("profile", c.profile().id());
        n.put("profileVersion", c.profile().version());
        n.put("comparedAt", c.comparedAt().toString());
        n.put("language", m.language().id());
        n.put("signaturesChecked", c.signaturesChecked());
        ObjectNode grid = n.putObject("normalisation");
        grid.put("source", c.profile().grid().source());
        grid.put("region", c.profile().grid().region());
        grid.put("year", c.profile().grid().year());
        grid.put("type", c.profile().grid().type());
        grid.put("intensityGPerKwh", c.normalisedIntensityGPerKwh());
        n.put("referencePue", c.profile().referencePue());
        n.put("sciUnit", "gCO2e/" + c.profile().functionalUnit().name());
        ArrayNode entries = n.putArray("entries");
        for (ComparisonEntry e : c.entries()) {
            ObjectNode o = entries.addObject();
            o.put("file", e.file());
            o.put("name", e.name());
            if (e.reportOrNull() != null) {
                o.put("vendor", e.reportOrNull().vendor().name());
                o.put("software", e.reportOrNull().software().name());
                o.put("softwareVersion", e.reportOrNull().software().version());
                o.put("locationBasedSciGPerUnit", e.reportOrNull().result().sciGPerUnit());
                o.put("locationBasedIntensityGPerKwh", e.reportOrNull().grid().intensityGPerKwh());
                o.put("locationBasedRegion", e.reportOrNull().grid().region());
                var overhead = e.reportOrNull().agentOverhead();
                o.put("agentSamplerCpuPercent", overhead.samplerCpuPercent());
                // null: not benchmarked, or an older report that states no figure
                o.put("agentRequestOverheadNs", overhead.requestOverheadNs());
                if (e.reportOrNull().result().pue() != dev.sci4j.model.Sci.NO_PUE) {
                    o.put("declaredPue", e.reportOrNull().result().pue());
                }
            }
            if (e.signerOrNull() != null) {
                o.put("signer", e.signerOrNull());
            }
            o.put("signerVerified", e.signerVerified());
            if (e.factsOrNull() != null) {
                o.put("accuracyClass", e.factsOrNull().accuracyClass().name());
                o.put("logicalCores", e.factsOrNull().logicalCores());
                ArrayNode cpus = o.putArray("cpuModels");
                e.factsOrNull().cpuModels().forEach(cpus::add);
                ObjectNode excluded = o.putObject("excludedUnits");
                e.factsOrNull().excludedUnits().forEach(excluded::put);
            }
            o.put("conformant", e.conformant());
            if (e.conformant()) {
                ScoredRepetitions s = e.normalisedOrNull();
                o.put("rank", e.rank());
                o.put("grade", e.grade());
                o.put("sciGPerUnit", s.sciGPerUnit());
                o.put("operationalG", s.total().score().operational().grams());
                o.put("embodiedG", s.total().score().embodied().grams());
                o.put("functionalUnits", s.total().score().functionalUnits());
                o.put("lowSciGPerUnit", s.uncertainty().lowSciGPerUnit());
                o.put("highSciGPerUnit", s.uncertainty().highSciGPerUnit());
                ArrayNode same = o.putArray("indistinguishableFrom");
                e.indistinguishableFrom().forEach(same::add);
            }
            ArrayNode reasons = o.putArray("reasons");
            for (Message r : e.reasons()) {
                ObjectNode ro = reasons.addObject();
                ro.put("key", r.key());
                ArrayNode args = ro.putArray("args");
                r.args().forEach(args::add);
                ro.put("text", m.render(r));
            }
        }
        return n;
    }
}
