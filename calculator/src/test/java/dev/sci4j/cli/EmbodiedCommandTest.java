package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbodiedCommandTest {
    @Test
    void specExampleOneTonneForOneHourOfFourYearsIsAbout28Grams() {
        JsonNode j = CliRun.of(
                        "embodied", "--total-g", "1000000", "--time-reserved", "1h", "--lifespan", "4y", "--json")
                .json();
        assertThat(j.get("embodiedG").asDouble()).isCloseTo(1_000_000.0 / 35_040, within(1e-9));
    }

    @Test
    void lifespanDefaultsToFourYearsAndIsShown() {
        JsonNode j = CliRun.of("embodied", "--total-g", "1000000", "--time-reserved", "1h", "--json")
                .json();
        assertThat(j.get("lifespanSeconds").asDouble()).isEqualTo(126_144_000.0);
    }

    @Test
    void resourceShareScalesTheResult() {
        JsonNode j = CliRun.of(
                        "embodied",
                        "--total-g",
                        "1000",
                        "--time-reserved",
                        "4y",
                        "--resources-reserved",
                        "2",
                        "--resources-total",
                        "8",
                        "--resource-kind",
                        "core",
                        "--json")
                .json();
        assertThat(j.get("embodiedG").asDouble()).isCloseTo(250, within(1e-9));
        assertThat(j.get("resourceKind").asText()).isEqualTo("core");
    }

    @Test
    void hardwareFileDerivesTotalWithABreakdown(@TempDir Path dir) throws IOException {
        Path hw = Files.writeString(dir.resolve("server.yaml"), "cpuSockets: 1\nmemoryGb: 16\n");
        JsonNode j = CliRun.of("embodied", "--hardware", hw.toString(), "--time-reserved", "4y", "--json")
                .json();

        assertThat(j.get("totalEmbodiedG").asDouble()).isCloseTo(1_000_000, within(1e-6));
        assertThat(j.get("embodiedG").asDouble()).isCloseTo(1_000_000, within(1e-6));
        assertThat(j.get("hardwareBreakdown")).isNotEmpty();
    }

    @Test
    void badHardwareFileIsBadInputNamingTheLine(@TempDir Path dir) throws IOException {
        Path hw = Files.writeString(dir.resolve("server.yaml"), "cpuSockets: 1\nmemoryGb: -4\n");
        CliRun run = CliRun.of("embodied", "--hardware", hw.toString(), "--time-reserved", "1h");
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("server.yaml").contains("line 2").contains("memoryGb");
    }

    @Test
    void reservedMoreThanTotalIsBadInput() {
        CliRun run = CliRun.of(
                "embodied",
                "--total-g",
                "1000",
                "--time-reserved",
                "1h",
                "--resources-reserved",
                "9",
                "--resources-total",
                "8");
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    }

    @Test
    void zeroLifespanIsBadInputNamingTheOption() {
        CliRun run = CliRun.of("embodied", "--total-g", "1000", "--time-reserved", "1h", "--lifespan", "0s");

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--lifespan must be greater than zero").doesNotContain("\tat ");
    }
}
