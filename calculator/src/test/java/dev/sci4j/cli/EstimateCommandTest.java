package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sci4j.rules.power.CcfCoefficients;
import dev.sci4j.rules.power.TeadsTdpCurve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EstimateCommandTest {
    @Test
    void perVcpuModelWithKnownWattsAddsMemoryAndPue() {
        JsonNode j = CliRun.of(
                        "estimate",
                        "--min-watts",
                        "1",
                        "--max-watts",
                        "3",
                        "--vcpus",
                        "2",
                        "--utilization",
                        "50",
                        "--duration",
                        "1h",
                        "--memory-gb",
                        "10",
                        "--pue",
                        "1.5",
                        "--json")
                .json();

        // CPU: 2 x (1 + 0.5 x 2) W = 4 W for 1 h = 0.004 kWh; memory: 10 x 0.392 W = 3.92 W = 0.00392 kWh
        assertThat(j.get("cpuEnergyKwh").asDouble()).isCloseTo(0.004, within(1e-15));
        assertThat(j.get("memoryEnergyKwh").asDouble()).isCloseTo(0.00392, within(1e-15));
        assertThat(j.get("energyKwh").asDouble()).isCloseTo((0.004 + 0.00392) * 1.5, within(1e-15));
        assertThat(j.get("cpuKnown").asBoolean()).isTrue();
    }

    @Test
    void helpStatesTheSharedCoefficients() {
        CliRun run = CliRun.of("estimate", "--help");

        assertThat(run.out().replaceAll("\\s+", " "))
                .contains(TeadsTdpCurve.POINTS)
                .contains(CcfCoefficients.COMPUTE_FORMULA)
                .contains("CPU unknown: " + CcfCoefficients.UNKNOWN_CPU_MIN_WATTS_PER_VCPU + " W")
                .contains("CPU unknown: " + CcfCoefficients.UNKNOWN_CPU_MAX_WATTS_PER_VCPU + " W")
                .contains(CcfCoefficients.MEMORY_WATTS_PER_GIGABYTE + " W per GB")
                .contains(CcfCoefficients.NETWORK_KWH_PER_GIGABYTE + " kWh per GB");
    }

    @Test
    void humanAndJsonOutputShowTheSameFigures() {
        String[] args = {
            "estimate",
            "--tdp",
            "200",
            "--utilization",
            "30",
            "--duration",
            "1h",
            "--vcpus-allocated",
            "2",
            "--vcpus-total",
            "8",
            "--memory-gb",
            "4",
            "--network-gb",
            "1"
        };
        String human = CliRun.of(args).out();
        String[] withJson = java.util.Arrays.copyOf(args, args.length + 1);
        withJson[args.length] = "--json";
        JsonNode j = CliRun.of(withJson).json();

        // Teads, linear at 30 %: (0.32 + 0.75) / 2 = 0.535 x 200 W x 1/4 share for 1 h = 0.02675 kWh
        assertThat(j.get("tdpFraction").asDouble()).isCloseTo(0.535, within(1e-12));
        assertThat(j.get("cpuEnergyKwh").asDouble()).isCloseTo(0.02675, within(1e-12));
        assertThat(human)
                .contains("= 0.535 x TDP 200 W, share 0.25, for 3600 s = 0.02675 kWh")
                .contains("Memory: 4 GB x 0.392 W/GB = 0.001568 kWh")
                .contains("Network: 1 GB x 0.001 kWh/GB = 0.001 kWh");
    }

    @Test
    void unknownCpuUsesCloudCarbonFootprintAveragesAndSaysSo() {
        CliRun run = CliRun.of("estimate", "--vcpus", "1", "--utilization", "100", "--duration", "1h");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("CPU unknown").contains("0.0035 kWh");
    }

    @Test
    void networkIsOneWattHourPerGigabyte() {
        JsonNode j = CliRun.of(
                        "estimate",
                        "--tdp",
                        "100",
                        "--utilization",
                        "0",
                        "--duration",
                        "0s",
                        "--network-gb",
                        "3",
                        "--json")
                .json();
        assertThat(j.get("networkEnergyKwh").asDouble()).isCloseTo(0.003, within(1e-15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "100.5", "NaN"})
    void utilizationOutsideZeroToHundredIsBadInput(String pct) {
        CliRun run = CliRun.of("estimate", "--tdp", "100", "--utilization", pct, "--duration", "1h");
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--utilization");
    }

    @Test
    void unknownDurationUnitIsBadInput() {
        CliRun run = CliRun.of("estimate", "--tdp", "100", "--utilization", "5", "--duration", "3 fortnights");
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--duration");
    }

    @Test
    void bothModelsAtOnceIsBadInput() {
        CliRun run = CliRun.of("estimate", "--tdp", "100", "--vcpus", "2", "--utilization", "5", "--duration", "1h");
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
    }

    @Test
    void vcpuShareNeedsBothAllocatedAndTotal() {
        CliRun run = CliRun.of(
                "estimate", "--tdp", "100", "--vcpus-allocated", "2", "--utilization", "5", "--duration", "1h");
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--vcpus-total");
    }

    @Test
    void moreVcpusAllocatedThanTheHostHasIsBadInputNamingBothOptions() {
        CliRun run = CliRun.of(
                "estimate",
                "--tdp",
                "100",
                "--vcpus-allocated",
                "8",
                "--vcpus-total",
                "4",
                "--utilization",
                "5",
                "--duration",
                "1h");
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--vcpus-allocated/--vcpus-total").doesNotContain("\tat ");
    }

    @Test
    void minimumWattsAboveMaximumIsBadInputNamingBothOptions() {
        CliRun run = CliRun.of(
                "estimate",
                "--vcpus",
                "2",
                "--min-watts",
                "5",
                "--max-watts",
                "1",
                "--utilization",
                "5",
                "--duration",
                "1h");
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--min-watts/--max-watts").doesNotContain("\tat ");
    }
}
