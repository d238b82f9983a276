package dev.sci4j.budget;

import dev.sci4j.input.Checks;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.score.IntensityInput;
import java.nio.file.Path;

/**
 * The whole check from files: read the budget, score the repetitions and the baseline, apply the limits.
 * The one entry point shared by {@code sci4j check} and the Maven {@code check} goal, so both decide alike.
 * Stateless and thread-safe.
 */
public final class CheckRun {
    private CheckRun() {
    }

    /** @throws InvalidInputException for any missing, malformed or contradictory input */
    public static CheckResult run(CheckRequest request) {
        Checks.present(request.budgetFile(), "the budget file");
        Budget budget = BudgetFile.read(request.budgetFile());
        boolean measured = !request.measurements().isEmpty();
        if (measured == !request.reports().isEmpty()) {
            throw new InvalidInputException(measured
                    ? "give measurement files or reports, not both"
                    : "nothing to check: give at least one measurement file (or report)");
        }
        if (!measured && request.declaredOrNull() != null) {
            throw new InvalidInputException("--units applies to measurement files; a report states its own R");
        }
        // The grid is resolved only when something is scored here: reports carry their own.
        IntensityInput intensity = measured || !request.baselines().isEmpty() ? intensityOrNull(budget, request) : null;
        ScoreSource current = measured
                ? MeasurementScores.read(request.measurements(), budget, required(intensity), request.declaredOrNull())
                : ReportScores.read(request.reports());
        ScoreSource baseline = request.baselines().isEmpty() ? null : BaselineFiles.read(request.baselines(),
                files -> MeasurementScores.read(files, budget, required(intensity), request.declaredOrNull()));
        String grid = measured ? intensity.describe() : "as each report states"
                + (intensity == null ? "" : " (baseline measurements: " + intensity.describe() + ")");
        return BudgetCheck.evaluate(budget, current, baseline, grid);
    }

    /** The grid when one is given; a baseline of reports or saved results needs none, measurements do. */
    private static IntensityInput intensityOrNull(Budget budget, CheckRequest request) {
        boolean needed = !request.measurements().isEmpty();
        if (!needed && budget.gridOrNull() == null && request.gridOverrideOrNull() == null) {
            return null;
        }
        return budget.grid(request.gridOverrideOrNull()).resolve();
    }

    private static IntensityInput required(IntensityInput intensityOrNull) {
        if (intensityOrNull == null) {
            // Throws the budget's own message about the missing grid.
            throw new InvalidInputException("no grid intensity to score measurement files with: set grid in the"
                    + " budget file or give one to the check");
        }
        return intensityOrNull;
    }

    /** Writes the optional outputs, each atomically. */
    public static void writeOutputs(CheckResult result, Path junitOrNull, Path benchmarkOrNull, Path resultOrNull,
                                    String generator) {
        if (junitOrNull != null) {
            CheckFiles.writeAtomically(junitOrNull, JunitXml.toXml(result));
        }
        if (benchmarkOrNull != null) {
            CheckFiles.writeAtomically(benchmarkOrNull, CheckFiles.toText(BenchmarkJson.toJson(result)));
        }
        if (resultOrNull != null) {
            CheckFiles.writeAtomically(resultOrNull, CheckFiles.toText(CheckJson.toJson(result, generator)));
        }
    }
}
