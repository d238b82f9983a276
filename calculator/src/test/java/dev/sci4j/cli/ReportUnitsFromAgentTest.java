package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.report.FunctionalUnit;
import dev.sci4j.report.ReportFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sci4j report} without {@code --units}: each repetition's R is what the agent counted in its file. */
class ReportUnitsFromAgentTest {
    @TempDir
    Path dir;

    @Test
    void eachRepetitionsRIsTheSuccessfulUnitsTheAgentCounted() throws IOException {
        List<Path> files = ReportFixtures.measurements(dir, "v", 6.0, 1);
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            expected.add(addUnitCounts(files.get(i), 10 + i, 3));
        }

        CliRun run = report(files);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode unit =
                JsonOutput.MAPPER.readTree(dir.resolve("r.json").toFile()).get("functionalUnit");
        assertThat(unit.get("countSource").asText()).isEqualTo(FunctionalUnit.FROM_AGENT);
        List<Long> counted = new ArrayList<>();
        unit.get("unitsPerRepetition").forEach(n -> counted.add(n.asLong()));
        assertThat(counted).isEqualTo(expected); // failed units are not R
    }

    @Test
    void aFileWithoutCountsNeedsUnitsAndSaysSo() throws IOException {
        CliRun run = report(ReportFixtures.withoutCounts(ReportFixtures.measurements(dir, "v", 6.0, 1)));

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("holds no functional-unit counts").contains("--units");
    }

    private CliRun report(List<Path> files) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "report",
                "--profile",
                ReportFixtures.PROFILE,
                "--metadata",
                ReportFixtures.metadata(dir, "vendor").toString(),
                "--out",
                dir.resolve("r.json").toString()));
        files.forEach(f -> args.addAll(List.of("--measurement", f.toString())));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void unitsTheProfileDoesNotCountAreLeftOutOfR() throws IOException {
        List<Path> files = ReportFixtures.measurements(dir, "v", 6.0, 1);
        for (Path f : files) {
            addUnits(f, "http GET /health", 1000);
        }

        CliRun run = report(files);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode unit =
                JsonOutput.MAPPER.readTree(dir.resolve("r.json").toFile()).get("functionalUnit");
        assertThat(unit.get("totalUnits").asDouble()).isEqualTo(45000); // the 15000 API requests per repetition only
    }

    /**
     * Gives every sample {@code ok} successful and {@code failed} failed requests; returns the file's ok total
     * after the profile's 60 s warm-up (the first six 10 s samples).
     */
    private static long addUnitCounts(Path file, int ok, int failed) throws IOException {
        ObjectNode m = (ObjectNode) JsonOutput.MAPPER.readTree(file.toFile());
        long total = 0;
        int index = 0;
        for (JsonNode sample : m.get("samples")) {
            ObjectNode unit = ((ObjectNode) sample).putObject("units").putObject("http GET /api");
            unit.put("okCount", ok)
                    .put("failedCount", failed)
                    .put("cpuSeconds", 0.0)
                    .put("joules", 0.0);
            ReportFixtures.unattributeAll((ObjectNode) sample);
            total += index++ >= 6 ? ok : 0;
        }
        Files.writeString(file, JsonOutput.MAPPER.writeValueAsString(m));
        return total;
    }

    /** Adds {@code ok} successful units named {@code name} to every sample of the file. */
    static void addUnits(Path file, String name, int ok) throws IOException {
        ObjectNode m = (ObjectNode) JsonOutput.MAPPER.readTree(file.toFile());
        for (JsonNode sample : m.get("samples")) {
            ObjectNode units = (ObjectNode) sample.get("units");
            units.putObject(name)
                    .put("okCount", ok)
                    .put("failedCount", 0)
                    .put("cpuSeconds", 0.0)
                    .put("joules", 0.0);
        }
        Files.writeString(file, JsonOutput.MAPPER.writeValueAsString(m));
    }
}
