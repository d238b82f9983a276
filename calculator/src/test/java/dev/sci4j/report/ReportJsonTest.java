package dev.sci4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.profile.Profiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonTest {
    @TempDir
    Path dir;

    SciReport report;

    @BeforeEach
    void build() throws IOException {
        report = ReportBuilder.build(
                ReportFixtures.measurements(dir, "v", 6.0, 1),
                Profiles.load(ReportFixtures.PROFILE),
                ReportMetadata.read(ReportFixtures.metadata(dir, "v")),
                null,
                "test",
                Instant.parse("2026-11-23T00:00:00Z"));
    }

    private InvalidReportException readEdited(Consumer<ObjectNode> edit) {
        ObjectNode tree = ReportJson.toTree(report, null);
        edit.accept(tree);
        String text = ReportJson.text(tree);
        try {
            ReportJson.parse(text, "r.json");
        } catch (InvalidReportException e) {
            return e;
        }
        throw new AssertionError("accepted: " + text.substring(0, 200));
    }

    @Test
    void writesAtomicallyAndReadsBackEqual() throws IOException {
        Path file = dir.resolve("out/r.json");
        ReportJson.writeAtomically(ReportJson.text(ReportJson.toTree(report, null)), file);
        assertThat(ReportJson.read(file).report()).isEqualTo(report);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file.toAbsolutePath());
        }
    }

    @Test
    void anUnknownSchemaVersionIsNamed() {
        InvalidReportException e = readEdited(t -> t.put("schemaVersion", 2));
        assertThat(e.problem()).isEqualTo(ReportProblem.UNKNOWN_SCHEMA_VERSION);
        assertThat(e.getMessage()).contains("r.json").contains("schemaVersion is 2");
    }

    @Test
    void missingDisclosuresAreNamedAllAtOnce() {
        InvalidReportException e = readEdited(t -> {
            t.remove("hardware");
            ((ObjectNode) t.get("vendor")).remove("name");
            t.remove("uncertainty");
        });
        assertThat(e.problem()).isEqualTo(ReportProblem.MISSING_DISCLOSURES);
        assertThat(e.fields()).containsExactly("vendor.name", "hardware", "uncertainty");
    }

    @Test
    void nanValuesAreNamed() {
        InvalidReportException e = readEdited(t -> ((ObjectNode) t.get("result")).put("sciGPerUnit", Double.NaN));
        assertThat(e.problem()).isEqualTo(ReportProblem.NOT_A_NUMBER);
        assertThat(e.fields()).containsExactly("result.sciGPerUnit");
    }

    @Test
    void unknownFieldsAreRejected() {
        InvalidReportException e = readEdited(t -> ((ObjectNode) t.get("result")).put("discountG", 1));
        assertThat(e.problem()).isEqualTo(ReportProblem.MALFORMED);
        assertThat(e.getMessage()).contains("result.discountG");
    }

    @Test
    void impossibleValuesAreRejectedByName() {
        InvalidReportException e = readEdited(t -> ((ObjectNode) t.get("embodied")).put("lifespanSeconds", -1));
        assertThat(e.getMessage()).contains("embodied.lifespanSeconds");
    }

    @Test
    void notJsonIsReported() {
        assertThatThrownBy(() -> ReportJson.parse("{\"schemaVersion\": 1,", "r.json"))
                .isInstanceOf(InvalidReportException.class)
                .hasMessageContaining("not JSON");
    }

    @Test
    void theSchemaListsEveryMemberTheModelWrites() {
        ObjectNode tree = ReportJson.toTree(report, null);
        var required = ReportValidation.required(ReportJson.schema(), "");
        tree.fieldNames().forEachRemaining(f -> assertThat(required).contains(f));
        tree.get("result")
                .fieldNames()
                .forEachRemaining(f -> assertThat(required).contains("result." + f));
        tree.get("uncertainty")
                .fieldNames()
                .forEachRemaining(f -> assertThat(required).contains("uncertainty." + f));
    }

    @Test
    void aDuplicatedMemberIsRefused() {
        String text = ReportJson.text(ReportJson.toTree(report, null)).replaceFirst("\\{", "{\"hardware\": \"x\",");
        assertThatThrownBy(() -> ReportJson.parse(text, "r.json"))
                .isInstanceOf(InvalidReportException.class)
                .hasMessageContaining("hardware");
    }
}
