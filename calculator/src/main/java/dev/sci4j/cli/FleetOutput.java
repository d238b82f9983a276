package dev.sci4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.fleet.FleetResult;
import dev.sci4j.fleet.FleetScoring;
import dev.sci4j.fleet.FleetSource;
import dev.sci4j.fleet.InstanceResult;
import dev.sci4j.fleet.UnitKindResult;
import dev.sci4j.score.IntensityInput;
import dev.sci4j.score.ScoredResult;
import dev.sci4j.units.Carbon;
import dev.sci4j.units.Units;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.function.BiConsumer;

/** {@code sci4j score --prometheus}: the fleet's score as {@code score} prints it, then the breakdown. */
final class FleetOutput {
    private FleetOutput() {}

    static int run(
            PrintWriter out,
            PrometheusOptions options,
            Clock clock,
            IntensityInput intensity,
            Carbon embodiedOrNull,
            double pue,
            Double declaredUnits,
            String unitName,
            boolean json,
            BiConsumer<PrintWriter, ScoredResult> explainScore) {
        FleetSource source = options.source(clock);
        FleetScoring.Embodied embodied = new FleetScoring.Embodied(embodiedOrNull, options.hardware());
        FleetResult result =
                FleetScoring.score(source.energy(), source.units(), intensity, embodied, pue, declaredUnits, unitName);
        if (json) {
            ObjectNode n = result.toJson();
            n.put("generator", "sci4j " + VersionProvider.version());
            JsonOutput.print(out, n);
        } else {
            explainScore.accept(out, result.overall());
            explainBreakdown(new Explain(out), result, unitName);
        }
        return Main.OK;
    }

    private static void explainBreakdown(Explain x, FleetResult result, String unitName) {
        x.line(
                "R: %s",
                result.unitsDeclared()
                        ? "declared with --units"
                        : "counted by the agent, all outcomes: "
                                + result.units().query());
        x.line("Per instance (%d):", result.instances().size());
        for (InstanceResult i : result.instances()) {
            x.line(
                    "  %s: E = %s kWh, O = %s gCO2e, M = %s, up %s s, R = %s, SCI = %s",
                    i.instance(),
                    x.n(i.energy().kwh()),
                    x.n(i.operational().grams()),
                    i.embodied().map(m -> x.n(m.grams()) + " gCO2e").orElse("not declared"),
                    x.n(Units.seconds(i.present())),
                    i.units().map(x::n).orElse("not counted"),
                    i.gramsPerUnit().map(s -> x.n(s) + " gCO2e per " + unitName).orElse("n/a"));
        }
        if (!result.unitKinds().isEmpty()) {
            x.line("Per unit kind:");
            for (UnitKindResult k : result.unitKinds()) {
                x.line(
                        "  %s: R = %s, E = %s, SCI = %s",
                        k.unit(),
                        x.n(k.count()),
                        k.energy().map(e -> x.n(e.kwh()) + " kWh").orElse("not exported"),
                        k.gramsPerUnit()
                                .map(s -> x.n(s) + " gCO2e per " + k.unit())
                                .orElse("n/a"));
            }
        }
    }
}
