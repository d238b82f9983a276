package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.measurement.Attribution;
import dev.sci4j.measurement.EnergySourceInfo;
import dev.sci4j.measurement.EnergySourceKind;
import dev.sci4j.measurement.GpuDevice;
import dev.sci4j.measurement.GpuInfo;
import dev.sci4j.measurement.IdlePolicy;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.MeasurementJson;
import dev.sci4j.measurement.RunMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sci4j score --measurement}: E from the agent's file, with its disclosures. */
class ScoreMeasurementTest {
    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void scoresTheProcessEnergyAndDisclosesSourceAccuracyAndAttribution() throws IOException {
        // 4 windows of 1 h, 900 kJ each: 3.6 MJ = 1 kWh of process energy.
        Path m = write("m.json", EnergySourceKind.RAPL, AccuracyClass.A, 4, 900_000);

        CliRun run = CliRun.of(
                "score",
                "--measurement",
                m.toString(),
                "--units",
                "1000",
                "--region",
                "TW",
                "--year",
                "2024",
                "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = run.json();
        assertThat(j.get("energyKwh").asDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(j.get("sci").asDouble()).isCloseTo(474.0 / 1000, within(1e-12));
        JsonNode source = j.get("energySource");
        assertThat(source.get("kind").asText()).isEqualTo("measurement");
        assertThat(source.get("energySourceKind").asText()).isEqualTo("rapl");
        assertThat(source.get("accuracyClass").asText()).isEqualTo("A");
        assertThat(source.get("attributionPolicy").asText()).isEqualTo("active-split");
        assertThat(source.get("idlePolicy").asText()).isEqualTo("none");
        assertThat(source.get("windowSeconds").asDouble()).isEqualTo(4 * 3600.0);
    }

    @Test
    void humanOutputStatesTheSourceAccuracyClassAndPolicy() throws IOException {
        Path m = write("m.json", EnergySourceKind.MODEL, AccuracyClass.C, 2, 1000);

        CliRun run = CliRun.of("score", "--measurement", m.toString(), "--units", "10", "--intensity", "500");

        assertThat(run.out())
                .contains("model")
                .contains("accuracy class C")
                .contains("30 %")
                .contains("active-split");
    }

    @Test
    void measurementWindowsAlignWithAGridSeries() throws IOException {
        Path m = write("m.json", EnergySourceKind.MODEL, AccuracyClass.C, 2, 3_600_000);
        Path grid = Files.writeString(
                dir.resolve("g.csv"),
                "datetime,carbon_intensity\n" + "2024-03-01T00:00:00Z,100\n2024-03-01T01:00:00Z,300\n");

        JsonNode j = CliRun.of(
                        "score",
                        "--measurement",
                        m.toString(),
                        "--grid-series",
                        grid.toString(),
                        "--grid-format",
                        "csv",
                        "--grid-type",
                        "average",
                        "--units",
                        "1",
                        "--json")
                .json();

        assertThat(j.get("operationalG").asDouble()).isCloseTo(100 + 300, within(1e-9));
    }

    @Test
    void severalFilesAddUp() throws IOException {
        Path a = write("a.json", EnergySourceKind.MODEL, AccuracyClass.C, 1, 1_800_000);
        Path b = write("b.json", EnergySourceKind.MODEL, AccuracyClass.C, 1, 1_800_000);

        JsonNode j = CliRun.of(
                        "score",
                        "--measurement",
                        a.toString(),
                        "--measurement",
                        b.toString(),
                        "--intensity",
                        "100",
                        "--units",
                        "1",
                        "--json")
                .json();

        assertThat(j.get("energyKwh").asDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(j.get("energySource").get("files")).hasSize(2);
    }

    @Test
    void malformedFileIsBadInputNamingTheFile() throws IOException {
        Path m = Files.writeString(dir.resolve("broken.json"), "{\"schemaVersion\": 1, \"run\": ");
        CliRun run = CliRun.of("score", "--measurement", m.toString(), "--intensity", "100", "--units", "1");
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("broken.json").doesNotContain("\tat ");
    }

    @Test
    void missingFileIsBadInput() {
        CliRun run = CliRun.of(
                "score", "--measurement", dir.resolve("nope.json").toString(), "--intensity", "100", "--units", "1");
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("nope.json");
    }

    @Test
    void gpuEnergyIsPartOfEAndShownApart() throws IOException {
        Path cpuOnly = write("m.json", EnergySourceKind.RAPL, AccuracyClass.A, 1, 1_800_000);
        Measurement m = MeasurementJson.read(cpuOnly);
        IntervalSample s = m.samples().get(0);
        IntervalSample withGpu = IntervalSample.builder()
                .window(s.start(), s.end())
                .machineJoules(s.machineJoules())
                .machineJoules(IntervalSample.GPU, 2_000_000)
                .machineActiveJoules(s.machineActiveJoules())
                .machineIdleJoules(s.machineIdleJoules())
                .processJoules(IntervalSample.ACTIVE, 1_800_000)
                .processJoules(IntervalSample.GPU, 1_800_000) // + 0.5 kWh
                .processCpuSeconds(1)
                .hostBusyCpuSeconds(1)
                .hostTotalCpuSeconds(2)
                .build();
        RunMetadata run = m.run().toBuilder()
                .gpu(new GpuInfo(
                        List.of(new GpuDevice(0, "NVIDIA H200", "GPU-1")),
                        GpuInfo.ENERGY_COUNTER,
                        "counter",
                        AccuracyClass.A))
                .attribution(m.run().attribution().withGpu("process: SM-utilisation share"))
                .build();
        Path file = dir.resolve("gpu.json");
        MeasurementJson.writeAtomically(Measurement.of(run, List.of(withGpu), null, 0), file);

        CliRun json =
                CliRun.of("score", "--measurement", file.toString(), "--units", "1000", "--intensity", "500", "--json");
        CliRun human = CliRun.of("score", "--measurement", file.toString(), "--units", "1000", "--intensity", "500");

        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.json().get("energyKwh").asDouble()).isCloseTo(1.0, within(1e-12));
        JsonNode source = json.json().get("energySource");
        assertThat(source.get("processGpuJoules").asDouble()).isEqualTo(1_800_000);
        assertThat(source.get("machineGpuJoules").asDouble()).isEqualTo(2_000_000);
        assertThat(source.get("gpuMethod").asText()).isEqualTo("energy-counter");
        assertThat(human.out()).contains("GPU energy-counter").contains("SM-utilisation share");
    }

    private Path write(String name, EnergySourceKind kind, AccuracyClass accuracy, int hours, double joulesPerHour)
            throws IOException {
        RunMetadata run = RunMetadata.builder()
                .runId("test")
                .startedAt(T0)
                .endedAt(T0.plusSeconds(3600L * hours))
                .hostName("host")
                .os("Linux")
                .cpuModel("Test CPU")
                .logicalCores(2)
                .jvmVendor("Vendor")
                .jvmVersion("17")
                .pid(1)
                .agentVersion("test")
                .energySource(new EnergySourceInfo(kind, "test fixture", accuracy))
                .attribution(Attribution.activeSplit(IdlePolicy.NONE, 0))
                .configuration(Map.of())
                .build();
        List<IntervalSample> samples = new ArrayList<>();
        for (int h = 0; h < hours; h++) {
            samples.add(IntervalSample.builder()
                    .window(T0.plusSeconds(3600L * h), T0.plusSeconds(3600L * (h + 1)))
                    .machineJoules("package", joulesPerHour * 2)
                    .machineActiveJoules(joulesPerHour)
                    .machineIdleJoules(joulesPerHour)
                    .machineMemoryJoules(0)
                    .processJoules(IntervalSample.ACTIVE, joulesPerHour)
                    .processCpuSeconds(1)
                    .hostBusyCpuSeconds(1)
                    .hostTotalCpuSeconds(2)
                    .samplerCpuSeconds(0)
                    .build());
        }
        Path file = dir.resolve(name);
        MeasurementJson.writeAtomically(Measurement.of(run, samples, null, 0), file);
        return file;
    }
}
