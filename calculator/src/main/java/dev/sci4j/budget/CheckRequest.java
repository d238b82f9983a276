package dev.sci4j.budget;

import java.nio.file.Path;
import java.util.List;

/**
 * What to check, as the CLI's options or the Maven goal's parameters give it. Exactly one of
 * {@code measurements} and {@code reports} is non-empty (checked by {@link CheckRun}). Immutable.
 *
 * @param budgetFile         the budget YAML
 * @param measurements       measurement files, one repetition each
 * @param reports            SCI report files, one repetition each
 * @param baselines          baseline files (measurements, reports or saved check results); empty for none
 * @param gridOverrideOrNull a grid given outside the budget file, which then takes precedence
 * @param declaredOrNull     R per measurement file for units the agent did not count
 */
public record CheckRequest(
        Path budgetFile,
        List<Path> measurements,
        List<Path> reports,
        List<Path> baselines,
        GridSpec gridOverrideOrNull,
        DeclaredUnits declaredOrNull) {
    public CheckRequest {
        measurements = measurements == null ? List.of() : List.copyOf(measurements);
        reports = reports == null ? List.of() : List.copyOf(reports);
        baselines = baselines == null ? List.of() : List.copyOf(baselines);
    }
}
