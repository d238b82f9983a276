package dev.sci4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.grid.FactorTable;
import dev.sci4j.grid.GridFactor;
import dev.sci4j.score.GridProvenance;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sci4j grid}: a yearly grid intensity from the bundled factor table, with its provenance. */
@Command(
        name = "grid",
        mixinStandardHelpOptions = true,
        description = {
            "Look up a yearly grid carbon intensity (gCO2e/kWh) in the bundled, versioned factor table.",
            "A year without a published factor is an error: nothing falls back to another year or source."
        })
final class GridCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--region",
            required = true,
            paramLabel = "REGION",
            description = "Region code, e.g. TW, JP, DE, WORLD.")
    String region;

    @Option(
            names = "--year",
            required = true,
            paramLabel = "YEAR",
            description = "The year the factor describes, e.g. 2023.")
    int year;

    @Option(
            names = "--source",
            paramLabel = "ID",
            description =
                    "Which publisher's series (default: the region's official one; needed where a region has several).")
    String source;

    @Option(names = "--json", description = "Print JSON with full precision.")
    boolean json;

    @Override
    public Integer call() {
        FactorTable table = FactorTable.bundled();
        GridFactor factor = table.lookup(region, year, source);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = GridProvenance.toJson(factor, table);
            n.put("intensity", factor.gramsPerKwh());
            n.put("intensityUnit", "gCO2e/kWh");
            JsonOutput.print(out, n);
        } else {
            Explain x = new Explain(out);
            x.line(
                    "I = %s gCO2e/kWh   (%s, %s %d, %s)",
                    x.n(factor.gramsPerKwh()),
                    factor.type().id(),
                    factor.region(),
                    factor.year(),
                    factor.verified() ? "verified" : "NOT verified against the publisher");
            x.line("  publisher: %s", factor.publisher());
            x.line("  source:    %s", factor.sourceTitle());
            x.line("  method:    %s", factor.method());
            x.line("  announced: %s", factor.announced() == null ? "unknown" : factor.announced());
            if (factor.note() != null && !factor.note().isBlank()) {
                x.line("  note:      %s", factor.note());
            }
            x.line("  table:     sci4j grid factors %s", table.version());
        }
        return Main.OK;
    }
}
