package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code sci4j score} takes I: a declared value, the factor table, or a series aligned with energy. */
class ScoreIntensitySourcesTest {
    @TempDir
    Path dir;

    @Test
    void regionAndYearUseTheOfficialFactorAndDiscloseIt() {
        JsonNode j = CliRun.of(
                        "score", "--energy-kwh", "1", "--region", "TW", "--year", "2023", "--units", "1", "--json")
                .json();

        assertThat(j.get("sci").asDouble()).isEqualTo(494.0);
        assertThat(j.get("intensitySource").get("kind").asText()).isEqualTo("factor-table");
        assertThat(j.get("intensitySource").get("year").asInt()).isEqualTo(2023);
        assertThat(j.get("intensityType").asText()).isEqualTo("average");
    }

    @Test
    void marketBasedIntensityIsRejected() {
        CliRun run =
                CliRun.of("score", "--energy-kwh", "1", "--intensity", "0", "--intensity-type", "rec", "--units", "1");
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("market-based").contains("ISO/IEC 21031");
    }

    @Test
    void marginalTypeIsCarriedIntoTheResult() {
        JsonNode j = CliRun.of(
                        "score",
                        "--energy-kwh",
                        "1",
                        "--intensity",
                        "700",
                        "--intensity-type",
                        "marginal-short-run",
                        "--units",
                        "1",
                        "--json")
                .json();
        assertThat(j.get("intensityType").asText()).isEqualTo("marginal-short-run");
    }

    @Test
    void seriesIsSummedIntervalByIntervalNotMeanTimesMean() throws IOException {
        // 1 kWh at 100 g, 3 kWh at 500 g: sum = 1600 g; mean x mean would be 2 kWh x 2 x 300 g = 1200 g.
        Path energy = Files.writeString(
                dir.resolve("e.csv"),
                "start,end,energy_kwh\n"
                        + "2024-01-01T00:00:00Z,2024-01-01T01:00:00Z,1\n2024-01-01T01:00:00Z,2024-01-01T02:00:00Z,3\n");
        Path grid = Files.writeString(
                dir.resolve("g.csv"),
                "datetime,zone,carbon_intensity\n" + "2024-01-01T01:00:00Z,TW,500\n2024-01-01T00:00:00Z,TW,100\n");

        JsonNode j = CliRun.of(
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
                        "4",
                        "--pue",
                        "1.1",
                        "--json")
                .json();

        assertThat(j.get("operationalG").asDouble()).isCloseTo(1600 * 1.1, within(1e-9));
        assertThat(j.get("intensity").asDouble()).isCloseTo(400, within(1e-9));
        assertThat(j.get("sci").asDouble()).isCloseTo(440, within(1e-9));
        assertThat(j.get("intensitySource").get("kind").asText()).isEqualTo("time-series");
    }

    @Test
    void uncoveredIntervalIsAnErrorUnlessAFallbackIsDeclared() throws IOException {
        Path energy = Files.writeString(
                dir.resolve("e.csv"), "start,end,energy_kwh\n" + "2024-01-01T00:00:00Z,2024-01-01T02:00:00Z,2\n");
        Path grid = Files.writeString(
                dir.resolve("g.csv"), "datetime,carbon_intensity,duration\n" + "2024-01-01T00:00:00Z,100,PT1H\n");
        String[] base = {
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
            "--json"
        };

        CliRun strict = CliRun.of(base);
        assertThat(strict.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(strict.err()).contains("01:00");

        String[] withFallback = java.util.Arrays.copyOf(base, base.length + 2);
        withFallback[base.length] = "--grid-fallback";
        withFallback[base.length + 1] = "300";
        JsonNode j = CliRun.of(withFallback).json();
        assertThat(j.get("operationalG").asDouble()).isCloseTo(100 + 300, within(1e-9));
        assertThat(j.get("intensitySource").get("energyAtFallbackKwh").asDouble())
                .isCloseTo(1, within(1e-12));
    }

    @Test
    void seriesWithASingleEnergyTotalIsBadInput() throws IOException {
        Path grid = Files.writeString(
                dir.resolve("g.csv"), "datetime,carbon_intensity,duration\n2024-01-01T00:00:00Z,100,PT1H\n");
        CliRun run = CliRun.of(
                "score",
                "--energy-kwh",
                "1",
                "--grid-series",
                grid.toString(),
                "--grid-format",
                "csv",
                "--grid-type",
                "average",
                "--units",
                "1");
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--energy-series");
    }

    @Test
    void malformedSeriesNamesFileLineAndField() throws IOException {
        Path grid = Files.writeString(
                dir.resolve("g.csv"),
                "datetime,carbon_intensity\n" + "2024-01-01T00:00:00Z,100\n2024-01-01T01:00:00Z,lots\n");
        Path energy = Files.writeString(
                dir.resolve("e.csv"), "start,end,energy_kwh\n2024-01-01T00:00:00Z,2024-01-01T01:00:00Z,1\n");
        CliRun run = CliRun.of(
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
                "1");
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err())
                .contains("g.csv")
                .contains("line 3")
                .contains("carbon_intensity")
                .doesNotContain("\tat ");
    }

    @Test
    void twoIntensitySourcesAtOnceIsBadInput() {
        CliRun run = CliRun.of(
                "score", "--energy-kwh", "1", "--intensity", "100", "--region", "TW", "--year", "2023", "--units", "1");
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    }
}
