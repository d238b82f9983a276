package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EstimateCommandTest {
    @Test
    void perVcpuModelWithKnownWattsAddsMemoryAndPue() {
        JsonNode j = CliRun.of("estimate", "--min-watts", "1", "--max-watts", "3", "--vcpus", "2", "--utilization", "50",
                "--duration", "1h", "--memory-gb", "10", "--pue", "1.5", "--json").json();

        // CPU: 2 x (1 + 0.5 x 2) W = 4 W for 1 h = 0.004 kWh; memory: 10 x 0.392 W = 3.92 W = 0.00392 kWh
        assertThat(j.get("cpuEnergyKwh").asDouble()).isCloseTo(0.004, within(1e-15));
        assertThat(j.get("memoryEnergyKwh").asDouble()).isCloseTo(0.00392, within(1e-15));
        assertThat(j.get("energyKwh").asDouble()).isCloseTo((0.004 + 0.00392) * 1.5, within(1e-15));
        assertThat(j.get("cpuKnown").asBoolean()).isTrue();
    }

    @Test
    void unknownCpuUsesCloudCarbonFootprintAveragesAndSaysSo() {
        CliRun run = CliRun.of("estimate", "--vcpus", "1", "--utilization", "100", "--duration", "1h");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("CPU unknown").contains("0.0035 kWh");
    }

    @Test
    void networkIsOneWattHourPerGigabyte() {
        JsonNode j = CliRun.of("estimate", "--tdp", "100", "--utilization", "0", "--duration", "0s", "--network-gb", "3",
                "--json").json();
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
        CliRun run = CliRun.of("estimate", "--tdp", "100", "--vcpus-allocated", "2", "--utilization", "5", "--duration", "1h");
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--vcpus-total");
    }
}
