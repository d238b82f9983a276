package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.budget.MeasurementFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User mistakes that the value types would also refuse: the input layer must catch each first, so it stays
 * exit 2 with one sentence naming what to fix, and is never reported as a bug in sci4j.
 */
class UserMistakesTest {
    private static final String ENERGY = "start,end,energy_kwh\n2024-06-03T00:00:00Z,2024-06-03T01:00:00Z,0.02\n";
    private static final String GRID =
            "datetime,carbon_intensity\n2024-06-03T00:00:00Z,500\n2024-06-03T01:00:00Z,400\n";
    private static final String BUDGET =
            "grid: {region: TW, year: 2024}\nunits:\n  request:\n    maxSci: {value: 1, level: error}\n";

    @TempDir
    Path dir;

    @Test
    void declaredFiguresOutOfRangeNameTheOption() {
        assertBadInput("--intensity", "score", "--energy-kwh", "1", "--intensity", "-5", "--units", "1");
        assertBadInput("--pue", "score", "--energy-kwh", "1", "--intensity", "100", "--units", "1", "--pue", "0.5");
        assertBadInput(
                "--embodied-g",
                "score",
                "--energy-kwh",
                "1",
                "--intensity",
                "100",
                "--units",
                "1",
                "--embodied-g",
                "-1");
        assertBadInput("--units", "score", "--energy-kwh", "1", "--intensity", "100", "--units", "NaN");
        assertBadInput("--energy-kwh", "score", "--energy-kwh", "1e305", "--intensity", "1", "--units", "1");
        assertBadInput("--total-g", "embodied", "--total-g", "-1", "--time-reserved", "1h");
        assertBadInput(
                "--resources-total",
                "embodied",
                "--total-g",
                "1",
                "--time-reserved",
                "1h",
                "--resources-reserved",
                "1",
                "--resources-total",
                "0");
    }

    @Test
    void seriesValuesOutOfRangeNameTheFileAndField() throws IOException {
        Path grid = write("g.csv", GRID);
        assertBadInput(
                "energy_kwh",
                "score",
                "--energy-series",
                write("neg.csv", ENERGY.replace("0.02", "-0.02")).toString(),
                "--grid-series",
                grid.toString(),
                "--grid-format",
                "csv",
                "--grid-type",
                "average",
                "--units",
                "1");
        assertBadInput(
                "energy_kwh",
                "score",
                "--energy-series",
                write("huge.csv", ENERGY.replace("0.02", "1e305")).toString(),
                "--grid-series",
                grid.toString(),
                "--grid-format",
                "csv",
                "--grid-type",
                "average",
                "--units",
                "1");
        Path energy = write("e.csv", ENERGY);
        assertBadInput(
                "carbon_intensity",
                "score",
                "--energy-series",
                energy.toString(),
                "--grid-series",
                write("negative-grid.csv", GRID.replace("500", "-500")).toString(),
                "--grid-format",
                "csv",
                "--grid-type",
                "average",
                "--units",
                "1");
        assertBadInput(
                "--grid-fallback",
                "score",
                "--energy-series",
                energy.toString(),
                "--grid-series",
                grid.toString(),
                "--grid-format",
                "csv",
                "--grid-type",
                "average",
                "--units",
                "1",
                "--grid-fallback",
                "-1");
    }

    @Test
    void budgetFieldsOutOfRangeNameTheFileAndField() throws IOException {
        Path m = MeasurementFiles.write(dir, "m.json", 2_000);
        for (String[] bad : List.of(
                new String[] {"pue", BUDGET + "pue: 0.5\n"},
                new String[] {"alpha", BUDGET + "guard: {minSamples: 5, alpha: 0.9}\n"},
                new String[] {"minSamples", BUDGET + "guard: {minSamples: 1, alpha: 0.05}\n"},
                new String[] {"units.request.maxSci", BUDGET.replace("value: 1", "value: -1")},
                new String[] {"units", "grid: {region: TW, year: 2024}\nunits: {}\n"})) {
            Path budget = write("b-" + bad[0] + ".yaml", bad[1]);
            assertBadInput(
                    bad[0], "check", "--budget", budget.toString(), "--measurement", m.toString(), "--units", "1");
        }
    }

    @Test
    void aScoreGivenToACheckWithImpossibleFiguresNamesTheFileAndField() throws IOException {
        Path budget = write("b.yaml", BUDGET);
        Path score =
                write("score.json", "{\"functionalUnit\": \"request\", \"units\": 0, \"energyKwh\": 1, \"sci\": 0.5}");

        assertBadInput(
                "score.json: field 'units' (R)", "check", "--budget", budget.toString(), "--report", score.toString());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static void assertBadInput(String named, String... args) {
        CliRun run = CliRun.of(args);
        String what = String.join(" ", args);
        assertThat(run.exitCode()).as(what + "\n" + run.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err())
                .as(what)
                .contains(named)
                .doesNotContain("internal error")
                .doesNotContain("\tat ");
    }
}
