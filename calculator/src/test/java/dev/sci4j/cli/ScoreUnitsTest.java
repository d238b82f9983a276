package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.measurement.Attribution;
import dev.sci4j.measurement.EnergySourceInfo;
import dev.sci4j.measurement.EnergySourceKind;
import dev.sci4j.measurement.IdlePolicy;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.MeasurementJson;
import dev.sci4j.measurement.RunMetadata;
import dev.sci4j.measurement.UnitSample;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sci4j score --measurement} without {@code --units}: SCI per functional-unit kind and overall. */
class ScoreUnitsTest {
    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");

    @TempDir
    Path dir;

    /** 3.6 MJ of process energy: search 0.6 MJ and checkout 1.8 MJ attributed, 1.2 MJ unattributed. */
    private Path measurement() throws IOException {
        return measurement(new UnitSample(600, 0, 10, 0.6e6), new UnitSample(100, 20, 30, 1.8e6), List.of());
    }

    private Path measurement(UnitSample search, UnitSample checkout, List<String> warnings) throws IOException {
        IntervalSample s = IntervalSample.builder()
                .window(T0, T0.plusSeconds(3600))
                .machineJoules("package", 4e6)
                .machineActiveJoules(4e6)
                .processJoules(IntervalSample.ACTIVE, 3.6e6)
                .processCpuSeconds(100)
                .hostBusyCpuSeconds(100)
                .hostTotalCpuSeconds(100)
                .unit("search", search)
                .unit("checkout", checkout)
                .build();
        RunMetadata run = RunMetadata.builder()
                .runId("t")
                .startedAt(T0)
                .endedAt(T0.plusSeconds(3600))
                .hostName("h")
                .os("Linux")
                .cpuModel("cpu")
                .logicalCores(2)
                .jvmVendor("v")
                .jvmVersion("17")
                .pid(1)
                .agentVersion("test")
                .energySource(new EnergySourceInfo(EnergySourceKind.RAPL, "fixture", AccuracyClass.A))
                .attribution(Attribution.activeSplit(IdlePolicy.NONE, 0))
                .configuration(Map.of())
                .warnings(warnings)
                .build();
        Path file = dir.resolve("m.json");
        MeasurementJson.writeAtomically(Measurement.of(run, List.of(s), null, 0), file);
        return file;
    }

    @Test
    void eachKindGetsItsEnergyPlusAnEnergyShareOfTheUnattributedAndRIsItsSuccessfulUnits() throws IOException {
        JsonNode j = CliRun.of(
                        "score",
                        "--measurement",
                        measurement().toString(),
                        "--region",
                        "TW",
                        "--year",
                        "2024",
                        "--json")
                .json();

        JsonNode search = j.get("units").get("search");
        // 0.6 MJ + 1.2 MJ × 0.6/2.4 = 0.9 MJ = 0.25 kWh; × 474 g/kWh / 600 requests
        assertThat(search.get("energyJoules").asDouble()).isCloseTo(0.9e6, within(1e-6));
        assertThat(search.get("sci").asDouble()).isCloseTo(0.25 * 474 / 600, within(1e-12));
        JsonNode checkout = j.get("units").get("checkout");
        assertThat(checkout.get("energyJoules").asDouble()).isCloseTo(2.7e6, within(1e-6));
        assertThat(checkout.get("units").asDouble()).isEqualTo(100); // R: failed units are not functional units
        assertThat(checkout.get("failedCount").asLong()).isEqualTo(20);
        assertThat(checkout.get("count").asLong()).isEqualTo(120);
        assertThat(j.get("overall").get("sci").asDouble()).isCloseTo(474.0 / 700, within(1e-12));
        assertThat(j.get("overall").get("meaning").asText()).contains("all kinds");
        assertThat(j.get("energySource").get("energySourceKind").asText()).isEqualTo("rapl");
    }

    @Test
    void unitsWithoutCpuTimeAreSaidToBeSplitByCountAndTheAgentsWarningIsRepeated() throws IOException {
        String virtual = "virtual threads: CPU time not measured (test); 720 units ran on virtual threads without a"
                + " CPU reading: they got no CPU time, their energy is in the unattributed energy";
        Path file = measurement(new UnitSample(600, 0, 0, 0), new UnitSample(100, 20, 0, 0), List.of(virtual));

        CliRun human = CliRun.of("score", "--measurement", file.toString(), "--region", "TW", "--year", "2024");
        JsonNode j = CliRun.of("score", "--measurement", file.toString(), "--region", "TW", "--year", "2024", "--json")
                .json();

        assertThat(human.exitCode()).as(human.err()).isZero();
        assertThat(human.out())
                .contains("split among the kinds by their unit counts")
                .doesNotContain("in proportion");
        assertThat(human.err()).contains(virtual).contains("split among the kinds by their unit counts");
        assertThat(j.get("sharing").asText()).contains("by their unit counts");
        // 3.6 MJ shared 600 : 120
        assertThat(j.get("units").get("search").get("energyJoules").asDouble()).isCloseTo(3e6, within(1e-3));
    }

    @Test
    void unitsWithCpuTimeAreSaidToBeSharedInProportionToTheirAttributedEnergy() throws IOException {
        JsonNode j = CliRun.of("score", "--measurement", measurement().toString(), "--intensity", "0", "--json")
                .json();

        assertThat(j.get("sharing").asText()).contains("in proportion to its attributed energy");
    }

    @Test
    void embodiedEmissionsAreSharedByEnergy() throws IOException {
        JsonNode j = CliRun.of(
                        "score",
                        "--measurement",
                        measurement().toString(),
                        "--intensity",
                        "0",
                        "--embodied-g",
                        "100",
                        "--json")
                .json();

        assertThat(j.get("units").get("search").get("embodiedG").asDouble()).isCloseTo(25, within(1e-9));
        assertThat(j.get("units").get("checkout").get("embodiedG").asDouble()).isCloseTo(75, within(1e-9));
        assertThat(j.get("overall").get("embodiedG").asDouble()).isCloseTo(100, within(1e-9));
    }

    @Test
    void humanOutputShowsEveryKindTheOverallAndWhatOverallMeans() throws IOException {
        CliRun run = CliRun.of("score", "--measurement", measurement().toString(), "--region", "TW", "--year", "2024");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("search")
                .contains("checkout")
                .contains("overall")
                .contains("I = 474 gCO2e/kWh")
                .contains("EXCLUDED")
                .contains("successful units of all kinds");
    }

    @Test
    void withoutUnitsOrAMeasurementRIsRequired() {
        CliRun run = CliRun.of("score", "--energy-kwh", "1", "--intensity", "100");

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--units R is required");
    }

    @Test
    void aMeasurementWithoutUnitCountsNeedsUnits() throws IOException {
        IntervalSample s = IntervalSample.builder()
                .window(T0, T0.plusSeconds(1))
                .machineActiveJoules(1)
                .processJoules(IntervalSample.ACTIVE, 1)
                .build();
        RunMetadata run = RunMetadata.builder()
                .runId("t")
                .startedAt(T0)
                .endedAt(T0)
                .hostName("h")
                .os("o")
                .cpuModel("c")
                .logicalCores(1)
                .jvmVendor("v")
                .jvmVersion("17")
                .pid(1)
                .agentVersion("t")
                .energySource(new EnergySourceInfo(EnergySourceKind.MODEL, "f", AccuracyClass.C))
                .attribution(Attribution.activeSplit(IdlePolicy.NONE, 0))
                .configuration(Map.of())
                .build();
        Path file = dir.resolve("plain.json");
        MeasurementJson.writeAtomically(Measurement.of(run, List.of(s), null, 0), file);

        CliRun r = CliRun.of("score", "--measurement", file.toString(), "--intensity", "100");

        assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("no functional-unit counts").contains("--units");
    }
}
