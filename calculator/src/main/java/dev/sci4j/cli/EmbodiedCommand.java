package dev.sci4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.embodied.EmbodiedCoefficients;
import dev.sci4j.embodied.EmbodiedEstimate;
import dev.sci4j.embodied.EmbodiedShare;
import dev.sci4j.embodied.Hardware;
import dev.sci4j.embodied.ResourceKind;
import dev.sci4j.input.Checks;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.units.Carbon;
import dev.sci4j.units.Durations;
import dev.sci4j.units.Units;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sci4j embodied}: M = TE × (TiR / EL) × (RR / ToR). */
@Command(
        name = "embodied",
        mixinStandardHelpOptions = true,
        description = {
            "Compute the embodied emissions share M = TE x (TiR / EL) x (RR / ToR) in gCO2e.",
            "TE is given (--total-g) or derived from a hardware description (--hardware)."
        })
final class EmbodiedCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Total embodied emissions TE (one of):%n")
    Total total;

    static final class Total {
        @Option(
                names = "--total-g",
                paramLabel = "TE",
                description = "TE: the hardware's total embodied emissions in gCO2e.")
        Double totalGrams;

        @Option(
                names = "--hardware",
                paramLabel = "FILE",
                description =
                        "A YAML or JSON hardware description (cpuSockets, memoryGb, ssdCount, hddCount, gpuCount); TE from the bundled coefficients.")
        Path hardware;
    }

    @Option(
            names = "--time-reserved",
            required = true,
            paramLabel = "DUR",
            description = "TiR: the reporting window, e.g. 1h, 30d.")
    String timeReserved;

    @Option(
            names = "--lifespan",
            paramLabel = "DUR",
            defaultValue = "4y",
            description = "EL: expected lifespan of the hardware (default: ${DEFAULT-VALUE}, 1 y = 365 d).")
    String lifespan;

    @Option(
            names = "--resources-reserved",
            paramLabel = "RR",
            description = "RR: resources reserved (with --resources-total).")
    Double resourcesReserved;

    @Option(names = "--resources-total", paramLabel = "ToR", description = "ToR: total resources of the hardware.")
    Double resourcesTotal;

    @Option(
            names = "--resource-kind",
            paramLabel = "KIND",
            defaultValue = "vcpu",
            description = "What RR and ToR count: vcpu, core or memory-gb (default: ${DEFAULT-VALUE}).")
    String resourceKind;

    @Option(names = "--json", description = "Print JSON with full precision.")
    boolean json;

    @Override
    public Integer call() {
        Duration tir = Durations.parse(timeReserved, "--time-reserved");
        Duration el = Durations.parse(lifespan, "--lifespan");
        ResourceKind kind = ResourceKind.parse(resourceKind);
        double rr = 1;
        double tor = 1;
        if (el.isZero()) {
            throw new InvalidInputException("--lifespan must be greater than zero, got " + lifespan);
        }
        if (resourcesReserved != null || resourcesTotal != null) {
            double reserved = Checks.present(resourcesReserved, "--resources-reserved");
            tor = Checks.positive(Checks.present(resourcesTotal, "--resources-total"), "--resources-total");
            rr = Checks.between(reserved, 0, tor, "--resources-reserved (0 to --resources-total)");
        }
        ObjectNode result = JsonOutput.object();
        Carbon te = totalEmbodied(result);
        EmbodiedShare share = new EmbodiedShare(te, tir, el, rr, tor);

        result.put("embodiedG", share.carbon().grams());
        result.put("totalEmbodiedG", te.grams());
        result.put("timeReservedSeconds", Units.seconds(tir));
        result.put("lifespanSeconds", Units.seconds(el));
        result.put("timeShare", share.timeShare());
        result.put("resourcesReserved", rr);
        result.put("resourcesTotal", tor);
        result.put("resourceKind", kind.id());
        result.put("resourceShare", share.resourceShare());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, result);
        } else {
            Explain x = new Explain(out);
            x.line(
                    "TE = %s gCO2e   [%s]",
                    x.n(te.grams()), result.get("totalEmbodiedSource").asText());
            result.path("hardwareBreakdown")
                    .forEach(p -> x.line(
                            "     %s: %s %s -> %s gCO2e",
                            p.get("item").asText(),
                            x.n(p.get("quantity").asDouble()),
                            p.get("unit").asText(),
                            x.n(p.get("embodiedG").asDouble())));
            x.line(
                    "TS = TiR / EL = %s s / %s s = %s",
                    x.n(Units.seconds(tir)), x.n(Units.seconds(el)), x.n(share.timeShare()));
            x.line("RS = RR / ToR = %s / %s %s = %s", x.n(rr), x.n(tor), kind.id(), x.n(share.resourceShare()));
            x.line("M = TE x TS x RS = %s gCO2e", x.n(share.carbon().grams()));
            x.roundingNote();
        }
        return Main.OK;
    }

    private Carbon totalEmbodied(ObjectNode result) {
        if (total.totalGrams != null) {
            result.put("totalEmbodiedSource", "declared with --total-g");
            return Carbon.ofGrams(Checks.nonNegative(total.totalGrams, "--total-g"));
        }
        EmbodiedEstimate estimate = EmbodiedCoefficients.bundled().estimate(Hardware.read(total.hardware));
        result.put("totalEmbodiedSource", "derived from " + total.hardware + " with the bundled coefficients");
        ArrayNode parts = result.putArray("hardwareBreakdown");
        for (EmbodiedEstimate.Part part : estimate.parts()) {
            ObjectNode p = parts.addObject();
            p.put("item", part.item());
            p.put("quantity", part.quantity());
            p.put("unit", part.unit());
            p.put("embodiedG", part.carbon().grams());
            p.put("source", part.source());
        }
        return estimate.total();
    }
}
