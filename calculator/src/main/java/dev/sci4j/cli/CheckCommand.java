package dev.sci4j.cli;

import dev.sci4j.budget.CheckJson;
import dev.sci4j.budget.CheckRequest;
import dev.sci4j.budget.CheckResult;
import dev.sci4j.budget.CheckRun;
import dev.sci4j.budget.CheckSummary;
import dev.sci4j.budget.DeclaredUnits;
import dev.sci4j.budget.GridSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sci4j check}: applies a carbon budget to repeated runs. Exit 0 within budget (warnings allowed),
 * 1 an error-level limit exceeded, 2 bad input.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check repeated runs against a carbon budget (YAML): per functional unit maxSci (gCO2e/unit),"
                    + " maxEnergyPerUnitJoules and maxRegressionPercent against a baseline, each at level error or warn.",
            "Each measurement file (or report) is one repetition. Exit 0 within budget, 1 an error-level limit"
                    + " exceeded, 2 bad input."
        })
final class CheckCommand implements Callable<Integer> {
    /** Exit code when an error-level limit is exceeded. */
    static final int BUDGET_EXCEEDED = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--budget", required = true, paramLabel = "FILE", description = "The budget file (YAML).")
    Path budget;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Runs to check (one of):%n")
    Runs runs;

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description = "Baseline runs for maxRegressionPercent (repeatable): measurement files (scored with this"
                    + " check's grid), SCI reports, or a check result saved with --result.")
    List<Path> baselines;

    @Option(
            names = "--units",
            paramLabel = "N",
            description = "Functional units per measurement file, for files whose units the agent did not count.")
    Double unitsPerRun;

    @Option(
            names = "--unit-name",
            paramLabel = "NAME",
            description = "The budget unit --units counts (may be omitted when the budget has one unit).")
    String unitName;

    @ArgGroup(exclusive = true, heading = "Grid intensity, instead of the budget file's grid (one of):%n")
    Grid grid;

    @Option(names = "--junit", paramLabel = "FILE", description = "Write JUnit XML, one test per unit and limit.")
    Path junit;

    @Option(
            names = "--benchmark-json",
            paramLabel = "FILE",
            description = "Write github-action-benchmark customSmallerIsBetter JSON.")
    Path benchmarkJson;

    @Option(
            names = "--result",
            paramLabel = "FILE",
            description = "Write the check result JSON (usable later as --baseline).")
    Path result;

    @Option(names = "--json", description = "Print the check result JSON instead of the summary.")
    boolean json;

    static final class Runs {
        @Option(
                names = "--measurement",
                paramLabel = "FILE",
                required = true,
                description = "A measurement file written by the sci4j agent (repeat: one file per repetition).")
        List<Path> measurements;

        @Option(
                names = "--report",
                paramLabel = "FILE",
                required = true,
                description = "An SCI report (today: the JSON of 'sci4j score --json'); repeat: one per repetition.")
        List<Path> reports;
    }

    static final class Grid {
        @ArgGroup(exclusive = false)
        IntensityOptions.Table table;

        @ArgGroup(exclusive = false)
        Declared declared;
    }

    static final class Declared {
        @Option(names = "--intensity", required = true, paramLabel = "G", description = "gCO2e/kWh, location-based.")
        double gramsPerKwh;

        @Option(
                names = "--intensity-type",
                required = true,
                paramLabel = "TYPE",
                description = "average, marginal-short-run or marginal-long-run.")
        String type;
    }

    @Override
    public Integer call() {
        List<Path> inputs = OutputFiles.inputs(budget, baselines, runs.measurements, runs.reports);
        OutputFiles.check("--junit", junit, inputs);
        OutputFiles.check("--benchmark-json", benchmarkJson, OutputFiles.inputs(inputs, junit));
        OutputFiles.check("--result", result, OutputFiles.inputs(inputs, junit, benchmarkJson));
        CheckResult checked = CheckRun.run(new CheckRequest(
                budget,
                runs.measurements,
                runs.reports,
                baselines,
                gridOverride(),
                DeclaredUnits.ofOptional(unitsPerRun, unitName, "--units N")));
        String generator = "sci4j " + VersionProvider.version();
        CheckRun.writeOutputs(checked, junit, benchmarkJson, result, generator);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, CheckJson.toJson(checked, generator));
        } else {
            CheckSummary.lines(checked).forEach(out::println);
        }
        return checked.passed() ? Main.OK : BUDGET_EXCEEDED;
    }

    private GridSpec gridOverride() {
        if (grid == null) {
            return null;
        }
        return grid.table != null
                ? GridSpec.table(grid.table.region, grid.table.year, grid.table.source)
                : GridSpec.declared(grid.declared.gramsPerKwh, grid.declared.type);
    }
}
