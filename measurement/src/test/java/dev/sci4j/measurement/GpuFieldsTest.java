package dev.sci4j.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GpuFieldsTest {
    private static final GpuInfo H200 = new GpuInfo(
            List.of(new GpuDevice(0, "NVIDIA H200", "GPU-1234")),
            GpuInfo.ENERGY_COUNTER,
            "device 0: nvmlDeviceGetTotalEnergyConsumption",
            AccuracyClass.A);

    private static Measurement withGpu() {
        RunMetadata run = Fixtures.run().toBuilder()
                .gpu(H200)
                .attribution(Fixtures.run().attribution().withGpu("process: SM-utilisation share"))
                .build();
        IntervalSample s = IntervalSample.builder()
                .window(Fixtures.T0, Fixtures.T0.plusSeconds(1))
                .machineJoules("package", 10)
                .machineJoules(IntervalSample.GPU, 600)
                .machineActiveJoules(10)
                .processJoules(IntervalSample.ACTIVE, 2)
                .processJoules(IntervalSample.GPU, 500)
                .build();
        return Measurement.of(run, List.of(s), null, 0);
    }

    @Test
    void gpuDevicesPolicyAndEnergyRoundTrip() throws Exception {
        Measurement m = withGpu();

        Measurement read = MeasurementJson.parse(MeasurementJson.toJson(m), "m.json");

        assertThat(read.run().gpu()).contains(H200);
        assertThat(read.run().attribution().gpu()).contains("process: SM-utilisation share");
        IntervalSample total = read.total().orElseThrow();
        assertThat(total.machineGpuJoules()).isEqualTo(600);
        assertThat(total.processJoule(IntervalSample.GPU)).isEqualTo(500);
        assertThat(total.processTotalJoules()).isEqualTo(502);
        assertThat(total.unattributedJoules()).isEqualTo(502);
    }

    @Test
    void aFileWithGpuConformsToTheSchema() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonSchema schema;
        try (InputStream in = MeasurementJson.schema().openStream()) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }

        assertThat(schema.validate(mapper.readTree(MeasurementJson.toJson(withGpu()))))
                .isEmpty();
    }

    @Test
    void aRunWithoutGpuWritesNoGpuFieldsAndOldFilesStillRead() throws Exception {
        String json = MeasurementJson.toJson(Measurement.of(Fixtures.run(), List.of(Fixtures.sample(0)), null, 0));
        Path old = Path.of(GpuFieldsTest.class
                .getResource("/dev/sci4j/measurement/before-nested-units.json")
                .toURI());

        assertThat(json).doesNotContain("gpu");
        Measurement m = MeasurementJson.read(old);
        assertThat(m.run().gpu()).isEmpty();
        assertThat(m.run().attribution().gpu()).isEmpty();
        assertThat(m.total().orElseThrow().machineGpuJoules()).isZero();
    }

    @Test
    void processGpuEnergyAboveTheMachineGpuEnergyIsRejected() {
        IntervalSample.Builder b = IntervalSample.builder()
                .window(Fixtures.T0, Fixtures.T0.plusSeconds(1))
                .machineJoules(IntervalSample.GPU, 10)
                .processJoules(IntervalSample.GPU, 11);

        assertThatThrownBy(b::build).hasMessageContaining("processJoules.gpu");
    }
}
