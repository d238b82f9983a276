package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreCommandTest {

    @Test
    void jsonCarriesEveryTermWithPueAppliedToEnergy() {
        CliRun run = CliRun.of(
                "score",
                "--energy-kwh",
                "0.5",
                "--intensity",
                "494",
                "--units",
                "1000",
                "--pue",
                "1.2",
                "--embodied-g",
                "28.5",
                "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = run.json();
        assertThat(j.get("energyKwh").asDouble()).isEqualTo(0.5);
        assertThat(j.get("facilityEnergyKwh").asDouble()).isCloseTo(0.6, within(1e-15));
        assertThat(j.get("operationalG").asDouble()).isCloseTo(0.6 * 494, within(1e-9));
        assertThat(j.get("embodiedG").asDouble()).isEqualTo(28.5);
        assertThat(j.get("sci").asDouble()).isCloseTo((0.6 * 494 + 28.5) / 1000, within(1e-12));
        assertThat(j.get("intensityType").asText()).isEqualTo("average");
        assertThat(j.get("energySource").get("kind").asText()).isEqualTo("declared");
    }

    @Test
    void humanOutputShowsTheFormulaWithUnits() {
        CliRun run =
                CliRun.of("score", "--energy-kwh", "2", "--intensity", "500", "--units", "10", "--embodied-g", "100");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("E = 2 kWh")
                .contains("I = 500 gCO2e/kWh")
                .contains("O = E x I = 2 kWh x 500 gCO2e/kWh = 1000 gCO2e")
                .contains("M = 100 gCO2e")
                .contains("SCI = (1000 gCO2e + 100 gCO2e) / 10 = 110 gCO2e per unit");
    }

    @Test
    void missingEmbodiedIsDisclosedAsExcluded() {
        CliRun run = CliRun.of("score", "--energy-kwh", "1", "--intensity", "100", "--units", "1");

        assertThat(run.out()).contains("EXCLUDED");
        assertThat(CliRun.of("score", "--energy-kwh", "1", "--intensity", "100", "--units", "1", "--json")
                        .json()
                        .get("embodiedIncluded")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void zeroUnitsIsBadInputSayingWhy() {
        CliRun run = CliRun.of("score", "--energy-kwh", "1", "--intensity", "100", "--units", "0");

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err())
                .contains("R (functional units) is zero")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "-1", "Infinity", "abc"})
    void invalidEnergyIsBadInputNamingTheOption(String value) {
        CliRun run = CliRun.of("score", "--energy-kwh", value, "--intensity", "100", "--units", "1");

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--energy-kwh").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--intensity=-5", "--pue=0.9", "--units=-3", "--embodied-g=NaN"})
    void outOfRangeValuesAreBadInputNamingTheOption(String bad) {
        String option = bad.substring(0, bad.indexOf('='));
        String[] base = {"score", "--energy-kwh", "1", "--intensity", "100", "--units", "1"};
        String[] args = withOption(base, option, bad.substring(bad.indexOf('=') + 1));

        CliRun run = CliRun.of(args);

        assertThat(run.exitCode()).as(run.out()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains(option);
    }

    @Test
    void missingEnergyAndMissingIntensityAreBadInput() {
        assertThat(CliRun.of("score", "--intensity", "100", "--units", "1").exitCode())
                .isEqualTo(Main.BAD_INPUT);
        assertThat(CliRun.of("score", "--energy-kwh", "1", "--units", "1").exitCode())
                .isEqualTo(Main.BAD_INPUT);
        assertThat(CliRun.of("score", "--energy-kwh", "1", "--intensity", "1").exitCode())
                .isEqualTo(Main.BAD_INPUT);
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("score");
    }

    @Test
    void helpIsAvailableOnTheCommand() {
        CliRun run = CliRun.of("score", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--energy-kwh").contains("--units").contains("--pue");
    }

    private static String[] withOption(String[] base, String option, String value) {
        List<String> args = new ArrayList<>(List.of(base));
        int i = args.indexOf(option);
        if (i >= 0) {
            args.set(i + 1, value);
        } else {
            args.add(option);
            args.add(value);
        }
        return args.toArray(String[]::new);
    }
}
