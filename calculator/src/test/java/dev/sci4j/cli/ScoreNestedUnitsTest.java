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
import dev.sci4j.measurement.UnitSample;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sci4j score --measurement}: units nested in others, and the warnings about what was counted. */
class ScoreNestedUnitsTest {
    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");

    @TempDir
    Path dir;

    /**
     * 3.6 MJ of process energy, 2.4 MJ attributed: 100 checkout requests (1.8 MJ), of which 100 'checkout' units
     * (1.2 MJ), of which 200 'tax-calc' units (0.6 MJ); 500 searches (0.6 MJ).
     */
    private Path nestedMeasurement() throws IOException {
        UnitSample tax = new UnitSample(200, 0, 5, 0.6e6);
        UnitSample checkout = new UnitSample(100, 0, 10, 1.2e6, Map.of("tax-calc", tax));
        return write(
                Map.of(),
                sample(Map.of(
                        "http POST /checkout",
                        new UnitSample(100, 0, 15, 1.8e6, Map.of("checkout", checkout)),
                        "http GET /search",
                        new UnitSample(500, 0, 5, 0.6e6))));
    }

    @Test
    void aNestedKindHasItsOwnSciAsPartOfItsParentAndOverallRCountsOutermostUnitsOnly() throws IOException {
        JsonNode j = CliRun.of("score", "--measurement", nestedMeasurement().toString(), "--intensity", "100", "--json")
                .json();

        // every kind's E = attributed × process / Σ outermost attributed = attributed × 1.5
        JsonNode checkout = nested(j, "checkout");
        assertThat(checkout.get("parent").asText()).isEqualTo("http POST /checkout");
        assertThat(checkout.get("energyJoules").asDouble()).isCloseTo(1.8e6, within(1e-3));
        assertThat(checkout.get("sci").asDouble()).isCloseTo(0.5 * 100 / 100, within(1e-9)); // 0.5 kWh × 100 g / 100
        JsonNode tax = nested(j, "tax-calc");
        assertThat(tax.get("parent").asText()).isEqualTo("checkout");
        assertThat(tax.get("path").toString()).isEqualTo("[\"http POST /checkout\",\"checkout\",\"tax-calc\"]");
        assertThat(tax.get("energyJoules").asDouble()).isCloseTo(0.9e6, within(1e-3));
        assertThat(tax.get("sci").asDouble()).isCloseTo(0.25 * 100 / 200, within(1e-9));
        // overall: the whole process over the 600 outermost units, not 900
        assertThat(j.get("overall").get("count").asLong()).isEqualTo(600);
        assertThat(j.get("overall").get("sci").asDouble()).isCloseTo(1.0 * 100 / 600, within(1e-9));
        assertThat(j.get("units")).hasSize(2); // nested kinds are not outermost kinds
        double outermost = j.get("units")
                        .get("http POST /checkout")
                        .get("energyJoules")
                        .asDouble()
                + j.get("units").get("http GET /search").get("energyJoules").asDouble();
        assertThat(outermost).isCloseTo(3.6e6, within(1e-3)); // each joule counted once
        assertThat(j.get("warnings")).isEmpty();
    }

    @Test
    void humanOutputShowsNestedKindsAsOfWhichRowsUnderTheirParent() throws IOException {
        CliRun run = CliRun.of("score", "--measurement", nestedMeasurement().toString(), "--intensity", "100");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String out = run.out();
        assertThat(out).contains("  of which checkout").contains("    of which tax-calc");
        assertThat(out.indexOf("http POST /checkout"))
                .isLessThan(out.indexOf("of which checkout"))
                .isLessThan(out.indexOf("of which tax-calc"));
        assertThat(out).contains("overall R counts outermost").contains("part of the parent's");
    }

    /** 10 requests with all the process energy (3.6 MJ = 1 kWh), 4,000 tokens recorded inside them. */
    private Path tokensInsideRequests(Map<String, String> configuration) throws IOException {
        return write(
                configuration,
                sample(Map.of(
                        "http POST /generate",
                        new UnitSample(10, 0, 10, 2.4e6, Map.of("tokens", new UnitSample(4000, 0, 0, 0))))));
    }

    @Test
    void aKindRecordedInsideAParentTakesTheParentsEnergyAndIsScoredPerRecordedUnit() throws IOException {
        JsonNode tokens = nested(
                CliRun.of(
                                "score",
                                "--measurement",
                                tokensInsideRequests(Map.of()).toString(),
                                "--intensity",
                                "100",
                                "--json")
                        .json(),
                "tokens");

        assertThat(tokens.get("okCount").asLong()).isEqualTo(4000);
        assertThat(tokens.get("energyBasis").asText()).isEqualTo("parent");
        assertThat(tokens.get("countedInside").asText()).isEqualTo("http POST /generate");
        assertThat(tokens.get("energyJoules").asDouble()).isCloseTo(3.6e6, within(1e-3));
        assertThat(tokens.get("attributedJoules").asDouble()).isZero(); // truly none of their own
        assertThat(tokens.get("joulesPerUnit").asDouble()).isCloseTo(900, within(1e-9));
        assertThat(tokens.get("sci").asDouble()).isCloseTo(1.0 * 100 / 4000, within(1e-12)); // 1 kWh × 100 g / 4000
        assertThat(tokens.get("energyNote").asText()).contains("the parent's");
    }

    @Test
    void humanOutputNeverShowsARecordedKindAsCostingNothing() throws IOException {
        CliRun run = CliRun.of(
                "score", "--measurement", tokensInsideRequests(Map.of()).toString(), "--intensity", "100");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String row = run.out()
                .lines()
                .filter(l -> l.contains("of which tokens"))
                .findFirst()
                .orElseThrow();
        // columns: R, failed, E (the parent's, not 0), J per unit, SCI
        assertThat(row).matches("\\s+of which tokens\\s+4000\\s+0\\s+parent's\\s+900\\s+0\\.025");
        assertThat(run.out()).contains("tokens: counted inside http POST /generate");
    }

    @Test
    void withGpuUnitsTheKindIsScoredOnTheGpuEnergyItGotAndSaysSo() throws IOException {
        // gpu.units=tokens: the agent gave the tokens 1.2 MJ of GPU energy (their parent carries it too)
        IntervalSample s = IntervalSample.builder()
                .window(T0, T0.plusSeconds(3600))
                .machineJoules("package", 4e6)
                .machineJoules(IntervalSample.GPU, 2e6)
                .machineActiveJoules(4e6)
                .processJoules(IntervalSample.ACTIVE, 2.4e6)
                .processJoules(IntervalSample.GPU, 1.2e6)
                .processCpuSeconds(100)
                .hostBusyCpuSeconds(100)
                .hostTotalCpuSeconds(100)
                .unit(
                        "http POST /generate",
                        new UnitSample(10, 0, 10, 3.6e6, Map.of("tokens", new UnitSample(4000, 0, 0, 1.2e6))))
                .build();
        GpuInfo gpu = new GpuInfo(
                List.of(new GpuDevice(0, "NVIDIA H200", "GPU-0")), GpuInfo.ENERGY_COUNTER, "fixture", AccuracyClass.A);
        Path file = write(Map.of("gpu.units", "tokens"), gpu, s);

        CliRun json = CliRun.of("score", "--measurement", file.toString(), "--intensity", "100", "--json");
        CliRun human = CliRun.of("score", "--measurement", file.toString(), "--intensity", "100");

        JsonNode tokens = nested(json.json(), "tokens");
        assertThat(tokens.get("energyBasis").asText()).isEqualTo("own");
        assertThat(tokens.get("energyJoules").asDouble()).isCloseTo(1.2e6, within(1e-3));
        assertThat(tokens.get("sci").asDouble()).isCloseTo(1.0 / 3 * 100 / 4000, within(1e-12));
        assertThat(tokens.get("energyNote").asText()).contains("GPU energy").contains("gpu.units");
        assertThat(human.out()).contains("tokens: its energy is the GPU energy");
    }

    @Test
    void aKindRecordedOutsideAnyUnitBesideKindsWithCpuHasNoEnergyOrSciOfItsOwn() throws IOException {
        Path file = write(
                Map.of(),
                sample(Map.of(
                        "tokens", new UnitSample(4000, 0, 0, 0),
                        "http GET /search", new UnitSample(500, 0, 5, 0.6e6))));

        CliRun json = CliRun.of("score", "--measurement", file.toString(), "--intensity", "100", "--json");
        CliRun human = CliRun.of("score", "--measurement", file.toString(), "--intensity", "100");

        JsonNode tokens = json.json().get("units").get("tokens");
        assertThat(tokens.get("energyBasis").asText()).isEqualTo("unknown");
        assertThat(tokens.get("energyJoules").isNull()).isTrue();
        assertThat(tokens.get("sci").isNull()).isTrue();
        assertThat(tokens.get("sciNote").asText()).contains("unknown");
        String row = human.out()
                .lines()
                .filter(l -> l.trim().startsWith("tokens"))
                .findFirst()
                .orElseThrow();
        assertThat(row).contains("unknown").contains("undefined");
    }

    @Test
    void aKindWithMostOfTheEnergyAndAlmostNoneOfTheUnitsIsWarnedAbout() throws IOException {
        Path file = write(
                Map.of(),
                sample(Map.of(
                        "nightly-import", new UnitSample(1, 0, 20, 2.3e6),
                        "http GET /search", new UnitSample(999, 0, 1, 0.1e6))));

        CliRun json = CliRun.of("score", "--measurement", file.toString(), "--intensity", "100", "--json");
        CliRun human = CliRun.of("score", "--measurement", file.toString(), "--intensity", "100");

        assertThat(json.json().get("warnings")).hasSize(1);
        assertThat(json.json().get("warnings").get(0).asText())
                .contains("'nightly-import' took 95.8333 % of the energy with 0.1 % of the units");
        assertThat(json.err()).contains("warning: 'nightly-import' took");
        assertThat(human.err()).contains("warning: 'nightly-import' took");
        assertThat(human.exitCode()).isZero();
    }

    @Test
    void aRunWhoseOnlyUnitsAreTheAgentsOwnScrapesIsWarnedAbout() throws IOException {
        Path file = write(
                Map.of("prometheus.port", "9464"),
                sample(Map.of("http GET /metrics", new UnitSample(30, 0, 1, 0.5e6))));

        CliRun run = CliRun.of("score", "--measurement", file.toString(), "--intensity", "100", "--json");

        assertThat(run.json().get("warnings").get(0).asText()).startsWith("the run counted no application unit");
        assertThat(run.err()).contains("no application unit");
    }

    @Test
    void theSameUnitNameWithoutTheAgentsEndpointConfiguredIsAnApplicationUnit() throws IOException {
        Path file = write(Map.of(), sample(Map.of("http GET /metrics", new UnitSample(30, 0, 1, 0.5e6))));

        CliRun run = CliRun.of("score", "--measurement", file.toString(), "--intensity", "100", "--json");

        assertThat(run.json().get("warnings")).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aRunThatCountedNoUnitIsWarnedAboutWhenRIsGiven() throws IOException {
        Path file = write(Map.of(), sample(Map.of()));

        CliRun run =
                CliRun.of("score", "--measurement", file.toString(), "--intensity", "100", "--units", "1000", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().get("warnings").get(0).asText()).startsWith("the run counted no application unit");
        assertThat(run.err()).contains("warning: the run counted no application unit");
    }

    private static JsonNode nested(JsonNode scores, String kind) {
        for (JsonNode n : scores.get("nested")) {
            if (n.get("kind").asText().equals(kind)) {
                return n;
            }
        }
        throw new AssertionError("no nested kind " + kind + " in " + scores.get("nested"));
    }

    private static IntervalSample sample(Map<String, UnitSample> units) {
        IntervalSample.Builder b = IntervalSample.builder()
                .window(T0, T0.plusSeconds(3600))
                .machineJoules("package", 4e6)
                .machineActiveJoules(4e6)
                .processJoules(IntervalSample.ACTIVE, 3.6e6)
                .processCpuSeconds(100)
                .hostBusyCpuSeconds(100)
                .hostTotalCpuSeconds(100);
        units.forEach(b::unit);
        return b.build();
    }

    private Path write(Map<String, String> configuration, IntervalSample s) throws IOException {
        return write(configuration, null, s);
    }

    private Path write(Map<String, String> configuration, GpuInfo gpuOrNull, IntervalSample s) throws IOException {
        RunMetadata.Builder run = RunMetadata.builder()
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
                .configuration(configuration);
        if (gpuOrNull != null) {
            run.gpu(gpuOrNull);
        }
        Path file = dir.resolve("m-" + System.nanoTime() + ".json");
        MeasurementJson.writeAtomically(Measurement.of(run.build(), List.of(s), null, 0), file);
        return file;
    }
}
