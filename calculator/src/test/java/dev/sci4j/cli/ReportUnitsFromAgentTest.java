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
        CliRun run = report(ReportFixtures.measurements(dir, "v", 6.0, 1));

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

    /** Gives every sample {@code ok} successful and {@code failed} failed requests; returns the file's ok total. */
    private static long addUnitCounts(Path file, int ok, int failed) throws IOException {
        ObjectNode m = (ObjectNode) JsonOutput.MAPPER.readTree(file.toFile());
        long total = 0;
        for (JsonNode sample : m.get("samples")) {
            ObjectNode unit = ((ObjectNode) sample).putObject("units").putObject("http GET /api");
            unit.put("okCount", ok)
                    .put("failedCount", failed)
                    .put("cpuSeconds", 0.0)
                    .put("joules", 0.0);
            total += ok;
        }
        Files.writeString(file, JsonOutput.MAPPER.writeValueAsString(m));
        return total;
    }
}
