package dev.sci4j.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON Schema and the Java definition describe the same file. */
class SchemaConformanceTest {
    private static JsonSchema schema;
    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = MeasurementJson.schema().openStream()) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
    }

    private Set<ValidationMessage> validate(String json) throws Exception {
        return schema.validate(mapper.readTree(json));
    }

    @Test
    void writtenFileConformsToTheSchema() throws Exception {
        IntervalSample withUnits = IntervalSample.builder()
                .window(Fixtures.T0.plusSeconds(3), Fixtures.T0.plusSeconds(4))
                .machineJoules("package", 1)
                .machineActiveJoules(1)
                .processJoules(IntervalSample.ACTIVE, 0.5)
                .unit("checkout", new UnitSample(3, 1, 0.05, 0.2, Map.of("tax-calc", new UnitSample(3, 0, 0.01, 0.04))))
                .build();
        Measurement m = Measurement.of(
                Fixtures.run(),
                List.of(Fixtures.sample(1), Fixtures.sample(2), withUnits),
                AggregatedSamples.of(Fixtures.sample(0)),
                1);

        assertThat(validate(MeasurementJson.toJson(m))).isEmpty();
    }

    @Test
    void schemaRejectsANestedUnitWithoutItsCounts() throws Exception {
        IntervalSample withNested = IntervalSample.builder()
                .window(Fixtures.T0, Fixtures.T0.plusSeconds(1))
                .processJoules(IntervalSample.ACTIVE, 0)
                .unit("checkout", new UnitSample(1, 0, 0, 0, Map.of("tax-calc", new UnitSample(1, 0, 0, 0))))
                .build();
        JsonNode tree =
                mapper.readTree(MeasurementJson.toJson(Measurement.of(Fixtures.run(), List.of(withNested), null, 0)));
        JsonNode tax = tree.at("/samples/0/units/checkout/nested/tax-calc");

        assertThat(schema.validate(tree)).isEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) tax).remove("failedCount");
        assertThat(schema.validate(tree)).isNotEmpty();
    }

    @Test
    void aRunWithWarningsConformsToTheSchema() throws Exception {
        RunMetadata run = Fixtures.run().toBuilder()
                .warnings(List.of("virtual threads: CPU time not measured"))
                .build();

        assertThat(validate(MeasurementJson.toJson(Measurement.of(run, List.of(), null, 0))))
                .isEmpty();
    }

    @Test
    void emptyRunConformsToTheSchema() throws Exception {
        assertThat(validate(MeasurementJson.toJson(Measurement.of(Fixtures.run(), List.of(), null, 0))))
                .isEmpty();
    }

    @Test
    void schemaRejectsWhatTheReaderRejects() throws Exception {
        String json = MeasurementJson.toJson(Measurement.of(Fixtures.run(), List.of(Fixtures.sample(0)), null, 0));
        JsonNode tree = mapper.readTree(json);

        assertThat(schema.validate(
                        mapper.readTree(json.replace("\"processCpuSeconds\" : 0.5", "\"processCpuSeconds\" : -0.5"))))
                .isNotEmpty();
        assertThat(schema.validate(mapper.readTree(json.replace("\"kind\" : \"model\"", "\"kind\" : \"guess\""))))
                .isNotEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("run")).remove("attribution");
        assertThat(schema.validate(tree)).isNotEmpty();
    }
}
