package dev.sci4j.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sci4j.i18n.Language;
import dev.sci4j.input.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProfilesTest {
    @TempDir
    Path dir;

    static Iterable<String> bundled() {
        return Profiles.bundledIds();
    }

    @Test
    void shipsTheThreeTaiwanProfiles() {
        assertThat(Profiles.bundledIds())
                .contains("tw-web-service-per-request", "tw-batch-per-record", "tw-ai-inference-per-1k-tokens");
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void everyBundledProfileLoadsAndNormalisesToAVerifiedTaiwanFactor(String id) {
        ProcurementProfile p = Profiles.load(id);
        assertThat(p.id()).isEqualTo(id);
        assertThat(p.defaultLanguage()).isEqualTo(Language.ZH_TW);
        assertThat(p.grid().intensity().provenance().get("verified").asBoolean())
                .isTrue();
        assertThat(p.title().zhTw()).isNotBlank();
        assertThat(p.title().en()).isNotBlank();
    }

    @Test
    void webServiceUsesTheLatestVerifiedTaiwanYear() {
        ProcurementProfile p = Profiles.load("tw-web-service-per-request");
        assertThat(p.grid().source()).isEqualTo("tw-moea-ea");
        assertThat(p.grid().year()).isEqualTo(2023);
        assertThat(p.functionalUnit().name()).isEqualTo("request");
    }

    @Test
    void gradesFollowTheThresholds() {
        ProcurementProfile p = Profiles.load("tw-web-service-per-request");
        assertThat(p.grade(0.00001)).isEqualTo("A");
        assertThat(p.grade(p.grades().get(0).maxSciGPerUnit())).isEqualTo("A");
        assertThat(p.grade(1)).isEqualTo(p.lowestGrade());
    }

    @Test
    void aFileWithAMistakeNamesTheFieldAndLine() throws IOException {
        String text = new String(
                        Profiles.class
                                .getResourceAsStream(Profiles.RESOURCE_DIR + "tw-batch-per-record.yaml")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replace("minimumRepetitions: 3", "minimumRepetitions: 0");
        Path file = Files.writeString(dir.resolve("p.yaml"), text);
        assertThatThrownBy(() -> Profiles.load(file.toString()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("p.yaml line")
                .hasMessageContaining("usageScenario")
                .hasMessageContaining("minimumRepetitions");
    }

    @Test
    void anUnknownFieldIsNamed() throws IOException {
        String text = new String(
                Profiles.class
                        .getResourceAsStream(Profiles.RESOURCE_DIR + "tw-batch-per-record.yaml")
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Path file = Files.writeString(dir.resolve("p.yaml"), text + "colour: green\n");
        assertThatThrownBy(() -> Profiles.load(file.toString()))
                .hasMessageContaining("'colour'")
                .hasMessageContaining("not a known field");
    }

    @Test
    void anUnknownIdListsTheBundledOnes() {
        assertThatThrownBy(() -> Profiles.load("tw-nothing"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("tw-web-service-per-request");
    }

    @Test
    void theSchemaAndTheModelListTheSameFields() throws IOException {
        var schema = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Profiles.class.getResourceAsStream(Profiles.SCHEMA_RESOURCE));
        var required = new java.util.TreeSet<String>();
        schema.get("required").forEach(n -> required.add(n.asText()));
        var components = new java.util.TreeSet<String>();
        for (var c : ProcurementProfile.class.getRecordComponents()) {
            components.add(c.getName());
        }
        var properties = new java.util.TreeSet<String>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        assertThat(properties).isEqualTo(components);
        components.removeAll(Profiles.OPTIONAL);
        assertThat(required).isEqualTo(components);
    }

    @Test
    void aProfileWithoutTheOptionalLimitHasNoneAndOneWithItKeepsIt() throws IOException {
        assertThat(Profiles.load("tw-web-service-per-request").maxAgentRequestOverheadNs())
                .isNull();
        String text = new String(
                        Profiles.class
                                .getResourceAsStream(Profiles.RESOURCE_DIR + "tw-batch-per-record.yaml")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replace("maxAgentOverheadPercent: 5", "maxAgentOverheadPercent: 5\nmaxAgentRequestOverheadNs: 2500");
        Path file = Files.writeString(dir.resolve("limited.yaml"), text);
        assertThat(Profiles.load(file.toString()).maxAgentRequestOverheadNs()).isEqualTo(2500);
    }

    @Test
    void aMissingRequiredFieldIsStillMissingWhenTheOptionalOneIsAbsentToo() throws IOException {
        String text = new String(
                        Profiles.class
                                .getResourceAsStream(Profiles.RESOURCE_DIR + "tw-batch-per-record.yaml")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replace("maxAgentOverheadPercent: 5\n", "");
        Path file = Files.writeString(dir.resolve("incomplete.yaml"), text);
        assertThatThrownBy(() -> Profiles.load(file.toString()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("maxAgentOverheadPercent")
                .hasMessageContaining("is missing");
    }

    @Test
    void aZeroEmbodiedLifespanNamesTheFieldAndLine() throws IOException {
        String text = new String(
                        Profiles.class
                                .getResourceAsStream(Profiles.RESOURCE_DIR + "tw-batch-per-record.yaml")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replace("lifespan: 4y", "lifespan: 0s");
        Path file = Files.writeString(dir.resolve("p.yaml"), text);
        assertThatThrownBy(() -> Profiles.load(file.toString()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("p.yaml line")
                .hasMessageContaining("embodied.lifespan must be greater than zero");
    }

    private Path bundledWith(String id, String from, String to) throws IOException {
        String text = new String(
                Profiles.class
                        .getResourceAsStream(Profiles.RESOURCE_DIR + id + ".yaml")
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return Files.writeString(dir.resolve("p.yaml"), text.replace(from, to));
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void everyBundledGradeIdIsAShortCode(String id) {
        assertThat(Profiles.load(id).gradeNames()).allMatch(g -> g.matches("[A-Z][A-Z0-9+-]{0,7}"));
    }

    @Test
    void aGradeNamedNaNIsRefusedNamingTheFileLineAndField() throws IOException {
        Path file = bundledWith("tw-web-service-per-request", "  - grade: A\n", "  - grade: NaN\n");

        assertThatThrownBy(() -> Profiles.load(file.toString()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageMatching(
                        "\\S*p\\.yaml line \\d+, field 'grades\\[0\\]\\.grade': grade 'NaN' is not a grade id: .*")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aLowestGradeNamedInfinityIsRefusedNamingTheFileLineAndField() throws IOException {
        Path file = bundledWith("tw-web-service-per-request", "lowestGrade: C\n", "lowestGrade: Infinity\n");

        assertThatThrownBy(() -> Profiles.load(file.toString()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageMatching(
                        "\\S*p\\.yaml line \\d+, field 'lowestGrade': lowestGrade 'Infinity' is not a grade id: .*");
    }

    @Test
    void aGradeIdGivenTwiceIsRefused() throws IOException {
        Path file = bundledWith("tw-web-service-per-request", "lowestGrade: C\n", "lowestGrade: B\n");

        assertThatThrownBy(() -> Profiles.load(file.toString()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("p.yaml line")
                .hasMessageContaining("lowestGrade 'B' is also listed in grades: grade ids must be unique");
    }

    @Test
    void theWebServiceProfileNamesAReferenceEnvironmentAndTheBatchProfileNone() {
        ReferenceEnvironment r = Profiles.load("tw-web-service-per-request").referenceEnvironment();
        assertThat(r.logicalCores()).isEqualTo(4);
        assertThat(r.cpuModel()).isNull();
        assertThat(r.durationSeconds()).isEqualTo(300);
        assertThat(r.load().in(Language.ZH_TW)).contains("每秒 50 個請求");
        assertThat(Profiles.load("demo-web-service-per-request")
                        .referenceEnvironment()
                        .durationSeconds())
                .isEqualTo(5);
        assertThat(Profiles.load("tw-batch-per-record").referenceEnvironment()).isNull();
    }

    @Test
    void aReferenceEnvironmentWithZeroCoresNamesTheFileLineAndField() throws IOException {
        Path file = bundledWith("tw-web-service-per-request", "  logicalCores: 4\n", "  logicalCores: 0\n");

        assertThatThrownBy(() -> Profiles.load(file.toString()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("p.yaml line")
                .hasMessageContaining("field 'referenceEnvironment.logicalCores'")
                .hasMessageContaining("referenceEnvironment.logicalCores must be at least 1, got 0");
    }

    @Test
    void aReferenceEnvironmentWithoutItsLoadIsMissingAField() throws IOException {
        Path file = bundledWith(
                "tw-web-service-per-request",
                "  load:\n    zh-TW: 招標文件附件的負載腳本，固定請求組合，每秒 50 個請求\n"
                        + "    en: The load script attached to the tender, fixed request mix, 50 requests per second\n",
                "");

        assertThatThrownBy(() -> Profiles.load(file.toString()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("p.yaml line")
                .hasMessageContaining("field 'referenceEnvironment.load': is missing");
    }

    @Test
    void aReferenceDurationShorterThanTheUsageScenariosIsRefused() throws IOException {
        Path file = bundledWith("tw-web-service-per-request", "  durationSeconds: 300\n", "  durationSeconds: 60\n");

        assertThatThrownBy(() -> Profiles.load(file.toString()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("p.yaml line")
                .hasMessageContaining("referenceEnvironment.durationSeconds (60) is shorter than"
                        + " usageScenario.minimumDurationSeconds (300)");
    }
}
