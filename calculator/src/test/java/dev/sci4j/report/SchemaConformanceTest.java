package dev.sci4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.sci4j.profile.Profiles;
import dev.sci4j.sign.DocumentSigner;
import dev.sci4j.sign.Ed25519Keys;
import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sci4j validates reports and profiles by hand (to name fields in one sentence); this test checks with an
 * independent JSON Schema validator that what sci4j writes and ships matches the published schemas.
 */
class SchemaConformanceTest {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @TempDir
    Path dir;

    private static JsonSchema schema(String resource) throws IOException {
        return FACTORY.getSchema(
                new ObjectMapper().readTree(SchemaConformanceTest.class.getResourceAsStream(resource)));
    }

    @Test
    void aSignedReportFollowsTheReportSchema() throws IOException {
        SciReport r = ReportBuilder.build(
                ReportFixtures.measurements(dir, "v", 6.0, 1),
                Profiles.load(ReportFixtures.PROFILE),
                ReportMetadata.read(ReportFixtures.metadata(dir, "v")),
                null,
                "test",
                Instant.now());
        KeyPair keys = Ed25519Keys.generate();
        ObjectNode tree = ReportJson.toTree(
                r, DocumentSigner.sign(ReportJson.toTree(r, null), keys.getPrivate(), keys.getPublic()));

        Set<ValidationMessage> errors = schema(ReportJson.SCHEMA_RESOURCE).validate(tree);
        assertThat(errors).isEmpty();

        tree.remove("hardware");
        ((ObjectNode) tree.get("result")).put("extraG", 1);
        assertThat(schema(ReportJson.SCHEMA_RESOURCE).validate(tree))
                .extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("hardware"))
                .anySatisfy(m -> assertThat(m).contains("extraG"));
    }

    @Test
    void everyBundledProfileFollowsTheProfileSchema() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonSchema schema = schema(Profiles.SCHEMA_RESOURCE);
        for (String id : Profiles.bundledIds()) {
            JsonNode profile = yaml.readTree(Profiles.class.getResourceAsStream(Profiles.RESOURCE_DIR + id + ".yaml"));
            assertThat(schema.validate(profile)).as(id).isEmpty();
        }
    }

    @Test
    void aReportWithAHardwareMapFollowsTheReportSchemaAndAnUnknownMemberDoesNot() throws IOException {
        Path meta = ReportFixtures.metadata(dir, "v");
        java.nio.file.Files.writeString(
                meta,
                java.nio.file.Files.readString(meta)
                        .replace(
                                "hardware: 4 vCPU VM, 8 GB memory",
                                "hardware: {cpuModel: illustrative CPU, logicalCores: 4, memoryGb: 8}"));
        SciReport r = ReportBuilder.build(
                ReportFixtures.measurements(dir, "v", 6.0, 1),
                Profiles.load(ReportFixtures.PROFILE),
                ReportMetadata.read(meta),
                null,
                "test",
                Instant.now());
        ObjectNode tree = ReportJson.toTree(r, null);

        assertThat(tree.get("hardware").get("logicalCores").asInt()).isEqualTo(4);
        assertThat(schema(ReportJson.SCHEMA_RESOURCE).validate(tree)).isEmpty();
        ((ObjectNode) tree.get("hardware")).put("gpuModel", "x");
        assertThat(schema(ReportJson.SCHEMA_RESOURCE).validate(tree)).isNotEmpty();
    }

    @Test
    void theProfileSchemaRefusesAGradeNamedNaN() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectNode profile = (ObjectNode) yaml.readTree(
                Profiles.class.getResourceAsStream(Profiles.RESOURCE_DIR + ReportFixtures.PROFILE + ".yaml"));
        profile.put("lowestGrade", "NaN");

        assertThat(schema(Profiles.SCHEMA_RESOURCE).validate(profile))
                .extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("lowestGrade"));
    }
}
