package dev.sci4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.input.Checks;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.model.Sci;
import dev.sci4j.model.SciScore;
import dev.sci4j.score.ScoreWarnings;
import dev.sci4j.score.ScoredResult;
import dev.sci4j.score.Scoring;
import dev.sci4j.score.UnitScores;
import dev.sci4j.units.Carbon;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sci4j score}: SCI = (E × PUE × I + M) / R, with every term shown. */
@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = {
            "Compute the SCI score, SCI = (O + M) / R with O = E x PUE x I, in gCO2e per functional unit.",
            "Energy from --energy-kwh, --energy-series, --measurement (the agent's file) or --prometheus (a fleet);",
            "intensity from --intensity, --region/--year, or --grid-series."
        })
final class ScoreCommand implements Callable<Integer> {
    /** "Now", for a fleet window without --end. */
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Energy E (one of):%n")
    EnergyOptions energy;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Grid intensity I (one of):%n")
    IntensityOptions intensity;

    @Option(
            names = "--units",
            paramLabel = "R",
            description = {
                "R: the number of functional units in the window (greater than zero).",
                "Optional with --measurement when the file holds functional-unit counts: SCI per unit kind and overall.",
                "With --prometheus, counted by the agent unless given."
            })
    Double functionalUnits;

    @Option(
            names = "--unit-name",
            paramLabel = "NAME",
            defaultValue = "unit",
            description = "What one functional unit is, e.g. request, record, 1k-tokens (default: ${DEFAULT-VALUE}).")
    String unitName;

    @Option(
            names = "--embodied-g",
            paramLabel = "M",
            description =
                    "M: embodied emissions share in gCO2e for the window (see 'sci4j embodied'). Without it M is excluded and the output says so.")
    Double embodiedGrams;

    @Mixin
    PueOption pue;

    @Option(names = "--json", description = "Print JSON with full precision instead of the explained formula.")
    boolean json;

    ScoreCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        // Validate against the option names first, so every message says which flag to fix.
        double pueFactor = pue.factor();
        Carbon embodied =
                embodiedGrams == null ? null : Carbon.ofGrams(Checks.nonNegative(embodiedGrams, "--embodied-g"));
        if (energy.prometheus != null) {
            return FleetOutput.run(
                    spec.commandLine().getOut(),
                    energy.prometheus,
                    clock,
                    intensity.resolve(),
                    embodied,
                    pueFactor,
                    functionalUnits,
                    unitName,
                    json,
                    this::printExplained);
        }
        if (functionalUnits == null) {
            return perUnitKind(embodied, pueFactor);
        }
        Checks.functionalUnits(functionalUnits, "--units (R)");
        ScoredResult result =
                Scoring.score(energy.resolve(), intensity.resolve(), embodied, pueFactor, functionalUnits, unitName);
        List<String> warnings = energy.measurements == null ? List.of() : ScoreWarnings.forGivenR(energy.measurements);
        UnitScoresOutput.warn(spec.commandLine().getErr(), warnings);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = result.toJson();
            if (energy.measurements != null) {
                ArrayNode w = n.putArray("warnings");
                warnings.forEach(w::add);
            }
            n.put("generator", "sci4j " + VersionProvider.version());
            JsonOutput.print(out, n);
        } else {
            printExplained(out, result);
        }
        return Main.OK;
    }

    /** Without --units: R and E per kind from the measurement's unit counts. */
    private int perUnitKind(Carbon embodied, double pueFactor) {
        if (energy.measurements == null) {
            throw new InvalidInputException(
                    "--units R is required unless --measurement gives a file with functional-unit counts");
        }
        UnitScores scores = Scoring.scoreUnits(energy.measurements, intensity.resolve(), embodied, pueFactor);
        UnitScoresOutput.warn(spec.commandLine().getErr(), scores);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, UnitScoresOutput.json(scores));
        } else {
            UnitScoresOutput.explain(out, scores);
        }
        return Main.OK;
    }

    private void printExplained(PrintWriter out, ScoredResult result) {
        SciScore s = result.score();
        Explain x = new Explain(out);
        x.line("SCI = (O + M) / R   (ISO/IEC 21031:2024)");
        x.line("  E = %s kWh   [%s]", x.n(s.itEnergy().kwh()), result.energy().describe());
        if (s.pue() != Sci.NO_PUE) {
            x.line(
                    "      x PUE %s = %s kWh",
                    x.n(s.pue()), x.n(s.facilityEnergy().kwh()));
        }
        x.line(
                "  I = %s   [%s]",
                result.intensityForDisplay(), result.intensity().describe());
        x.line(
                "  O = %s = %s gCO2e",
                result.intensity().formula(s), x.n(s.operational().grams()));
        if (!result.embodiedIncluded()) {
            x.line(
                    "  M = 0 gCO2e   [not given: embodied emissions are EXCLUDED; add --embodied-g, see 'sci4j embodied']");
        } else {
            x.line("  M = %s gCO2e   [declared]", x.n(s.embodied().grams()));
        }
        x.line("  R = %s %s", x.n(s.functionalUnits()), unitName);
        x.line(
                "SCI = (%s gCO2e + %s gCO2e) / %s = %s gCO2e per %s",
                x.n(s.operational().grams()),
                x.n(s.embodied().grams()),
                x.n(s.functionalUnits()),
                x.n(s.gramsPerUnit()),
                unitName);
        x.roundingNote();
    }
}
