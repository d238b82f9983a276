package dev.sci4j.budget;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sci4j.input.InputFiles;
import dev.sci4j.input.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The baseline: any mix of measurement files (scored now with this check's grid, PUE and units, so a grid
 * change never shows as a regression), SCI reports (one run each, as scored) and saved check results
 * ({@code "kind": "sci4j-check"}, every run it recorded). Each file's kind is recognised by its content.
 * Immutable after construction; thread-safe.
 */
final class BaselineFiles implements ScoreSource {
    private final List<ScoreSource> parts;
    private final String description;

    private BaselineFiles(List<ScoreSource> parts, String description) {
        this.parts = parts;
        this.description = description;
    }

    /** {@code measurementScores} builds the scorer for measurement files, only if one is given. */
    static BaselineFiles read(List<Path> files, Function<List<Path>, ScoreSource> measurementScores) {
        List<Path> measurements = new ArrayList<>();
        List<ReportedScore> reports = new ArrayList<>();
        Map<String, List<RunScore>> saved = new LinkedHashMap<>();
        for (Path file : files) {
            JsonNode root = CheckFiles.readTree(file, InputFiles.Kind.CHECK_RESULT);
            if (root.has("run") && root.has("schemaVersion")) {
                measurements.add(file);
            } else if (CheckJson.isCheckResult(root)) {
                CheckJson.runs(file, root)
                        .forEach((unit, runs) -> saved.computeIfAbsent(unit, k -> new ArrayList<>())
                                .addAll(runs));
            } else if (ReportJson.looksLikeReport(root)) {
                reports.add(ReportJson.fromTree(file, root));
            } else {
                throw InvalidInputException.file(
                        file,
                        "is not a baseline: expected a measurement file, an SCI report"
                                + " or a check result saved with --result");
            }
        }
        List<ScoreSource> parts = new ArrayList<>();
        if (!measurements.isEmpty()) {
            parts.add(measurementScores.apply(measurements));
        }
        if (!reports.isEmpty()) {
            parts.add(new ReportScores(reports));
        }
        if (!saved.isEmpty()) {
            parts.add(fixed(saved, () -> "saved check results"));
        }
        String description = parts.stream()
                .map(ScoreSource::describe)
                .reduce((a, b) -> a + " + " + b)
                .orElse("nothing");
        return new BaselineFiles(parts, description);
    }

    private static ScoreSource fixed(Map<String, List<RunScore>> runs, Supplier<String> description) {
        return new ScoreSource() {
            @Override
            public List<RunScore> runs(String unitName) {
                return runs.getOrDefault(unitName, List.of());
            }

            @Override
            public String describe() {
                return description.get();
            }
        };
    }

    @Override
    public List<RunScore> runs(String unitName) {
        List<RunScore> out = new ArrayList<>();
        parts.forEach(p -> out.addAll(p.runs(unitName)));
        return out;
    }

    @Override
    public String describe() {
        return description;
    }
}
