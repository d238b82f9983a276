package dev.sci4j.compare;

import dev.sci4j.i18n.Formats;
import dev.sci4j.i18n.Language;
import dev.sci4j.i18n.Messages;
import dev.sci4j.profile.ProcurementProfile;
import dev.sci4j.report.AgentOverhead;
import dev.sci4j.report.Component;
import dev.sci4j.report.Exclusion;
import dev.sci4j.report.MeasuredFacts;
import dev.sci4j.report.SciReport;
import dev.sci4j.sign.SignatureBlock;
import java.time.Instant;
import java.util.List;

/**
 * One SCI report as a readable, accessible, self-contained HTML page (no script, no external assets), in zh-TW
 * or en. Stateless and thread-safe.
 */
public final class ReportPage {
    private ReportPage() {}

    /**
     * The measured CPU and cores (the files'), then what the vendor declared that nothing checks, labelled so: a
     * stated CPU or core count that differs is a conformance reason, so only the measured one is shown.
     */
    static String hardware(Messages m, SciReport r) {
        String measured = m.get(
                "hardware.cores",
                String.join(m.get("list.separator"), MeasuredFacts.cpuModels(r.measurements())),
                MeasuredFacts.logicalCores(r.measurements()));
        List<String> declared = r.hardware() == null ? List.of() : r.hardware().uncheckedParts();
        return declared.isEmpty()
                ? measured
                : measured + m.get("list.separator") + m.get("d.hardwareDeclared", String.join("; ", declared));
    }

    public static String render(SciReport r, SignatureBlock signatureOrNull, ProcurementProfile p, Language language) {
        Messages m = Messages.of(language);
        Formats f = Formats.of(language);
        String unit = r.result().sciUnit();
        String title = m.get("report.title", r.software().name(), r.software().version());
        Html h = new Html();
        PageStyle.head(h, language.id(), title);
        h.open("header")
                .element("h1", title)
                .raw("\n")
                .element(
                        "p",
                        m.get(
                                "report.lead",
                                r.vendor().name(),
                                p.title().in(language),
                                f.date(Instant.parse(r.createdAt()))))
                .close("header")
                .open("main");
        h.element(
                "p",
                m.get(
                        "report.score",
                        f.number(r.result().sciGPerUnit()),
                        unit,
                        f.number(r.uncertainty().lowSciGPerUnit()),
                        f.number(r.uncertainty().highSciGPerUnit()),
                        r.usageScenario().repetitions()));
        h.open("table").element("caption", m.get("report.disclosures")).open("tbody");
        // The profile's definition in the page's language when the report uses the profile's unit.
        String definition = r.functionalUnit().name().equals(p.functionalUnit().name())
                ? p.functionalUnit().definition().in(language)
                : r.functionalUnit().definition();
        row(
                h,
                m.get("d.functionalUnit"),
                r.functionalUnit().name() + " — " + definition + " ("
                        + f.number(r.functionalUnit().totalUnits()) + ")");
        StringBuilder in = new StringBuilder();
        for (Component c : r.boundary().included()) {
            in.append(in.length() > 0 ? "; " : "")
                    .append(c.component())
                    .append(" (")
                    .append(c.method())
                    .append(')');
        }
        row(h, m.get("d.included"), in.toString());
        StringBuilder out = new StringBuilder();
        for (Exclusion e : r.boundary().excluded()) {
            out.append(out.length() > 0 ? "; " : "")
                    .append(e.component())
                    .append(": ")
                    .append(e.reason());
        }
        row(h, m.get("d.excluded"), out.length() == 0 ? "—" : out.toString());
        row(h, m.get("d.hardware"), hardware(m, r));
        row(h, m.get("d.scenario"), r.usageScenario().description());
        row(
                h,
                m.get("d.window"),
                r.measurementWindow().start() + " – " + r.measurementWindow().end());
        row(
                h,
                m.get("d.energy"),
                f.number(r.result().energyKwh()) + " kWh; "
                        + String.join(", ", r.energy().sourceKinds())
                        + "; "
                        + m.get(
                                "d.accuracy",
                                r.energy().accuracyClass(),
                                f.percent(100 * r.energy().accuracyRelativeUncertainty()))
                        + "; " + r.energy().attributionPolicy() + "; "
                        + unitCpu(m, r.energy().unitCpuSampling()));
        row(
                h,
                m.get("d.grid"),
                f.number(r.grid().intensityGPerKwh()) + " gCO2e/kWh, "
                        + r.grid().type() + ", " + r.grid().source() + ", "
                        + r.grid().region() + " " + f.year(r.grid().year()));
        row(
                h,
                m.get("d.embodied"),
                f.number(r.result().embodiedG()) + " gCO2e; TE "
                        + f.number(r.embodied().totalEmbodiedG())
                        + " gCO2e (" + r.embodied().source() + ")"
                        + (r.embodied().profileDefault() ? "; " + m.get("d.profileDefault") : ""));
        row(h, m.get("d.operational"), f.number(r.result().operationalG()) + " gCO2e");
        row(h, m.get("d.overhead"), f.percent(r.agentOverhead().samplerCpuPercent()));
        row(h, m.get("d.requestOverhead"), requestOverhead(r.agentOverhead(), m, f));
        if (r.agentOverhead().statement() != null) {
            row(h, m.get("d.statement"), r.agentOverhead().statement());
        }
        row(h, m.get("d.uncertainty"), r.uncertainty().method());
        row(
                h,
                m.get("d.signature"),
                signatureOrNull == null ? m.get("d.unsigned") : "Ed25519, " + signatureOrNull.publicKeySha256());
        row(h, m.get("d.generator"), r.generator().name() + " " + r.generator().version());
        h.close("tbody").close("table");
        h.element("p", m.get("page.rounding"), "class", "note");
        h.close("main");
        PageStyle.end(h);
        return h.toString();
    }

    /** The agent's way of measuring units' CPU time, in the page's language (one text per distinct value). */
    private static String unitCpu(Messages m, String samplings) {
        StringBuilder out = new StringBuilder();
        for (String id : samplings.split(", ")) {
            String text = id.equals("every-unit") || id.equals("adaptive") ? m.get("unitCpu." + id) : id;
            out.append(out.length() > 0 ? "; " : "").append(text);
        }
        return m.get("d.unitCpu", out);
    }

    /**
     * The per-request figure with where it comes from, "not benchmarked" with why, or "—" for an old report that
     * states neither.
     */
    static String requestOverhead(AgentOverhead o, Messages m, Formats f) {
        if (o.requestOverheadNs() != null) {
            return m.get("overhead.ns", f.number(o.requestOverheadNs())) + " (" + o.requestOverheadSource() + ")";
        }
        if (o.notBenchmarked()) {
            return m.get("overhead.notBenchmarked") + " (" + o.requestOverheadSource() + ")";
        }
        return "—";
    }

    private static void row(Html h, String header, String value) {
        h.open("tr").element("th", header, "scope", "row").element("td", value).close("tr");
    }
}
