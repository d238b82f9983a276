package dev.sci4j.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasurementJsonTest {
    @TempDir
    Path dir;

    @Test
    void writtenFileRoundTrips() throws Exception {
        Measurement m = Measurement.of(
                Fixtures.run(),
                List.of(Fixtures.sample(1), Fixtures.sample(2)),
                AggregatedSamples.of(Fixtures.sample(0)),
                3);
        Path file = dir.resolve("sub/m.json");

        MeasurementJson.writeAtomically(m, file);

        assertThat(MeasurementJson.read(file)).isEqualTo(m);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file.toAbsolutePath()); // no temp file left behind
        }
    }

    @Test
    void overwritingReplacesTheWholeFile() throws Exception {
        Path file = dir.resolve("m.json");
        MeasurementJson.writeAtomically(Measurement.of(Fixtures.run(), List.of(Fixtures.sample(0)), null, 0), file);
        Measurement second = Measurement.of(Fixtures.run(), List.of(), null, 0);

        MeasurementJson.writeAtomically(second, file);

        assertThat(MeasurementJson.read(file)).isEqualTo(second);
    }

    @Test
    void fieldNamesCarryUnitsAndProvenance() {
        String json = MeasurementJson.toJson(Measurement.of(Fixtures.run(), List.of(Fixtures.sample(0)), null, 0));

        assertThat(json)
                .contains(
                        "\"schemaVersion\" : 1",
                        "\"kind\" : \"model\"",
                        "\"accuracyClass\" : \"C\"",
                        "\"idlePolicy\" : \"none\"",
                        "\"policy\" : \"active-split\"",
                        "\"processCpuSeconds\" : 0.5",
                        "\"machineActiveJoules\" : 4.2",
                        "\"start\" : \"2026-11-23T10:00:00Z\"",
                        "\"aggregated\" : null");
    }

    @Test
    void unitCpuSamplingIsStatedAndReadBack() throws Exception {
        RunMetadata run = Fixtures.run().toBuilder()
                .attribution(Fixtures.run().attribution().withUnitCpuSampling(Attribution.ADAPTIVE))
                .build();
        Path file = dir.resolve("m.json");
        MeasurementJson.writeAtomically(Measurement.of(run, List.of(), null, 0), file);

        assertThat(Files.readString(file)).contains("\"unitCpuSampling\" : \"adaptive\"");
        assertThat(MeasurementJson.read(file).run().attribution().unitCpuSampling())
                .isEqualTo(Attribution.ADAPTIVE);
    }

    @Test
    void warningsAreWrittenWhenThereAreAnyAndReadBack() throws Exception {
        RunMetadata run = Fixtures.run().toBuilder()
                .warnings(List.of("3 units ran on virtual threads whose CPU time could not be read"))
                .build();
        Path file = dir.resolve("m.json");
        MeasurementJson.writeAtomically(Measurement.of(run, List.of(), null, 0), file);

        assertThat(MeasurementJson.read(file).run().warnings())
                .containsExactly("3 units ran on virtual threads whose CPU time could not be read");
        assertThat(MeasurementJson.toJson(Measurement.of(Fixtures.run(), List.of(), null, 0)))
                .doesNotContain("warnings"); // optional: files without it are read as before
        assertThat(Fixtures.run().warnings()).isEmpty();
    }

    @Test
    void unknownUnitCpuSamplingNamesTheField() throws Exception {
        String json = MeasurementJson.toJson(Measurement.of(Fixtures.run(), List.of(), null, 0))
                .replace("\"unitCpuSampling\" : \"every-unit\"", "\"unitCpuSampling\" : \"sometimes\"");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> MeasurementJson.read(file))
                .isInstanceOf(InvalidMeasurementException.class)
                .hasMessageContaining("attribution.unitCpuSampling must be every-unit or adaptive");
    }

    @Test
    void malformedValueIsReportedWithFileLineAndField() throws Exception {
        String json = MeasurementJson.toJson(Measurement.of(Fixtures.run(), List.of(Fixtures.sample(0)), null, 0))
                .replace("\"processCpuSeconds\" : 0.5", "\"processCpuSeconds\" : -0.5");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        int line = lineOf(json, "processCpuSeconds");

        assertThatThrownBy(() -> MeasurementJson.read(file))
                .isInstanceOf(InvalidMeasurementException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("samples[0]")
                .hasMessageContaining("processCpuSeconds must be a finite number >= 0")
                .satisfies(e ->
                        assertThat(((InvalidMeasurementException) e).line()).isGreaterThanOrEqualTo(line));
    }

    @Test
    void unknownEnergySourceKindNamesTheField() {
        String json = MeasurementJson.toJson(Measurement.of(Fixtures.run(), List.of(), null, 0))
                .replace("\"kind\" : \"model\"", "\"kind\" : \"guess\"");

        assertThatThrownBy(() -> MeasurementJson.parse(json, "m.json"))
                .hasMessageContaining("m.json: line " + lineOf(json, "\"kind\""))
                .hasMessageContaining("run.energySource.kind");
    }

    @Test
    void unknownEnergySourceKindListsTheKinds() {
        String json = MeasurementJson.toJson(Measurement.of(Fixtures.run(), List.of(), null, 0))
                .replace("\"kind\" : \"model\"", "\"kind\" : \"guess\"");

        assertThatThrownBy(() -> MeasurementJson.parse(json, "m.json"))
                .hasMessageContaining("give one of rapl, host-file, model, constant");
    }

    @Test
    void aKeyGivenTwiceIsRejected() {
        String json = MeasurementJson.toJson(Measurement.of(Fixtures.run(), List.of(Fixtures.sample(0)), null, 0))
                .replace(
                        "\"hostBusyCpuSeconds\" : 0.8,", "\"hostBusyCpuSeconds\" : 0.8, \"hostBusyCpuSeconds\" : 0.9,");

        assertThatThrownBy(() -> MeasurementJson.parse(json, "m.json"))
                .isInstanceOf(InvalidMeasurementException.class)
                .hasMessageContaining("hostBusyCpuSeconds");
    }

    @Test
    void missingFieldIsRejected() {
        String json = MeasurementJson.toJson(Measurement.of(Fixtures.run(), List.of(Fixtures.sample(0)), null, 0))
                .replace("\"hostBusyCpuSeconds\" : 0.8,", "");

        assertThatThrownBy(() -> MeasurementJson.parse(json, "m.json"))
                .hasMessageContaining("hostBusyCpuSeconds")
                .hasMessageContaining("samples[0]");
    }

    @Test
    void unitEnergyThatDoesNotAddUpToTheProcessEnergyIsRejected() {
        String json = MeasurementJson.toJson(Measurement.of(Fixtures.run(), List.of(Fixtures.sample(0)), null, 0))
                .replace("\"unattributedJoules\" : 0.7", "\"unattributedJoules\" : 5.0");

        assertThatThrownBy(() -> MeasurementJson.parse(json, "m.json"))
                .hasMessageContaining("samples[0]")
                .hasMessageContaining("unattributedJoules");
    }

    @Test
    void unitsRoundTripWithTheirCountsCpuAndJoules() throws Exception {
        Measurement m = Measurement.of(Fixtures.run(), List.of(Fixtures.sample(0)), null, 0);
        String json = MeasurementJson.toJson(m);

        assertThat(json)
                .contains(
                        "\"okCount\" : 3",
                        "\"failedCount\" : 1",
                        "\"cpuSeconds\" : 0.2",
                        "\"unattributedJoules\" : 0.7");
        assertThat(MeasurementJson.parse(json, "m.json")).isEqualTo(m);
    }

    @Test
    void nestedUnitsRoundTripAsPartOfTheirParent() throws Exception {
        UnitSample tax = new UnitSample(5, 0, 0.01, 0.05);
        UnitSample checkout = new UnitSample(5, 0, 0.04, 0.2, Map.of("tax-calc", tax));
        IntervalSample s = IntervalSample.builder()
                .window(Fixtures.T0, Fixtures.T0.plusSeconds(1))
                .machineJoules("package", 1)
                .machineActiveJoules(1)
                .processJoules(IntervalSample.ACTIVE, 0.5)
                .unit("http POST /checkout", new UnitSample(5, 0, 0.05, 0.25, Map.of("checkout", checkout)))
                .build();
        Measurement m = Measurement.of(Fixtures.run(), List.of(s), null, 0);

        Measurement read = MeasurementJson.parse(MeasurementJson.toJson(m), "m.json");

        assertThat(read).isEqualTo(m);
        UnitSample http = read.samples().get(0).units().get("http POST /checkout");
        assertThat(http.nested().get("checkout").nested().get("tax-calc")).isEqualTo(tax);
        // nested joules are part of the parent's: only the outermost add up to the process energy
        assertThat(read.samples().get(0).unattributedJoules()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void unitsWithNothingNestedAreWrittenAsBefore() {
        String json = MeasurementJson.toJson(Measurement.of(Fixtures.run(), List.of(Fixtures.sample(0)), null, 0));

        assertThat(json).doesNotContain("nested");
    }

    @Test
    void aFileWrittenBeforeNestedUnitsExistedStillReads() throws Exception {
        Path old = Path.of(MeasurementJsonTest.class
                .getResource("/dev/sci4j/measurement/before-nested-units.json")
                .toURI());

        Measurement m = MeasurementJson.read(old);

        UnitSample checkout = m.samples().get(0).units().get("checkout");
        assertThat(checkout.okCount()).isEqualTo(3);
        assertThat(checkout.nested()).isEmpty();
    }

    @Test
    void syntaxErrorNamesTheLine() {
        assertThatThrownBy(() -> MeasurementJson.parse("{\n  \"schemaVersion\": 1,\n  oops\n}", "m.json"))
                .isInstanceOf(InvalidMeasurementException.class)
                .hasMessageContaining("m.json: line 3");
    }

    @Test
    void otherSchemaVersionIsRejected() {
        String json = MeasurementJson.toJson(Measurement.of(Fixtures.run(), List.of(), null, 0))
                .replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2");

        assertThatThrownBy(() -> MeasurementJson.parse(json, "m.json")).hasMessageContaining("schemaVersion 2");
    }

    @Test
    void schemaIsOnTheClassPath() throws Exception {
        try (var in = MeasurementJson.schema().openStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("2020-12/schema");
        }
    }

    private static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
