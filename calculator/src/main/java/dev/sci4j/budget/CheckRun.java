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
    private CheckRun() {}

    /** @throws InvalidInputException for any missing, malformed or contradictory input */
    public static CheckResult run(CheckRequest request) {
        Checks.present(request.budgetFile(), "the budget file");
        Budget budget = BudgetFile.read(request.budgetFile());
        boolean measured = !request.measurements().isEmpty();
        if (measured == !request.reports().isEmpty()) {
            throw new InvalidInputException(
                    measured
                            ? "give measurement files or reports, not both"
                            : "nothing to check: give at least one measurement file (or report)");
        }
        if (!measured && request.declaredOrNull() != null) {
            throw new InvalidInputException("--units applies to measurement files; a report states its own R");
        }
        // Reports carry their own grid; measurements, current or baseline, are scored with the check's.
        IntensityInput intensity = measured ? grid(budget, request) : null;
        ScoreSource current = measured
                ? MeasurementScores.read(request.measurements(), budget, intensity, request.declaredOrNull())
                : ReportScores.read(request.reports());
        ScoreSource baseline = request.baselines().isEmpty()
                ? null
                : BaselineFiles.read(
                        request.baselines(),
                        files -> MeasurementScores.read(
                                files, budget, measured ? intensity : grid(budget, request), request.declaredOrNull()));
        return BudgetCheck.evaluate(
                budget, current, baseline, measured ? intensity.describe() : "as each report states");
    }

    /** The check's grid, resolved now so a missing grid, region or year fails before anything is scored. */
    private static IntensityInput grid(Budget budget, CheckRequest request) {
        return budget.grid(request.gridOverrideOrNull()).resolve();
    }

    /** Writes the optional outputs, each atomically. */
    public static void writeOutputs(
            CheckResult result, Path junitOrNull, Path benchmarkOrNull, Path resultOrNull, String generator) {
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
