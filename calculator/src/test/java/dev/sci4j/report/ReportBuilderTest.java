package dev.sci4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sci4j.input.InvalidInputException;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.profile.Profiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportBuilderTest {
    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");

    @TempDir
    Path dir;

    private SciReport build(Path metadata, List<Path> files, Double units) {
        return ReportBuilder.build(
                files, Profiles.load(ReportFixtures.PROFILE), ReportMetadata.read(metadata), units, "test", NOW);
    }

    @Test
    void withEqualCountsTheScoreIsTheMeanOfTheRepetitionsAndLiesInsideItsInterval() throws IOException {
        SciReport r = build(ReportFixtures.metadata(dir, "v"), ReportFixtures.measurements(dir, "v", 6.0, 1), null);

        double mean = r.uncertainty().perRepetitionSciGPerUnit().stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElseThrow();
        assertThat(r.result().sciGPerUnit()).isCloseTo(mean, within(1e-15));
        assertThat(r.uncertainty().lowSciGPerUnit()).isLessThan(r.result().sciGPerUnit());
        assertThat(r.uncertainty().highSciGPerUnit()).isGreaterThan(r.result().sciGPerUnit());
        // 300 s after the 60 s warm-up at 50 requests per second
        assertThat(r.functionalUnit().totalUnits()).isEqualTo(45000);
        assertThat(r.functionalUnit().unitsPerRepetition()).containsExactly(15000.0, 15000.0, 15000.0);
        assertThat(r.functionalUnit().countSource()).isEqualTo(FunctionalUnit.FROM_AGENT);
        assertThat(r.usageScenario().warmUpSeconds()).isEqualTo(60);
        assertThat(r.measurementWindow().repetitionSeconds()).containsExactly(300.0, 300.0, 300.0);
        assertThat(r.uncertainty().method()).contains("Student t").contains("accuracy");
    }

    @Test
    void withoutGridOrEmbodiedDataTheProfileDefaultsAreUsedAndDisclosed() throws IOException {
        SciReport r = build(ReportFixtures.metadata(dir, "v"), ReportFixtures.measurements(dir, "v", 6.0, 1), null);

        assertThat(r.grid().source()).isEqualTo("tw-moea-ea");
        assertThat(r.grid().year()).isEqualTo(2023);
        assertThat(r.grid().intensityGPerKwh()).isEqualTo(494.0);
        assertThat(r.embodied().profileDefault()).isTrue();
        // 3 × 300 s of a 1 t server over 4 years
        assertThat(r.result().embodiedG()).isCloseTo(1e6 * 900 / (4 * 365 * 86400.0), within(1e-9));
    }

    @Test
    void recomputationReproducesTheStatedScore() throws IOException {
        SciReport r = build(ReportFixtures.metadata(dir, "v"), ReportFixtures.measurements(dir, "v", 6.0, 1), null);
        assertThat(ReportScoring.recompute(r).sciGPerUnit())
                .isCloseTo(r.result().sciGPerUnit(), within(0.0));
    }

    @Test
    void vendorGridAndEmbodiedDataReplaceTheDefaults() throws IOException {
        Path meta = Files.writeString(
                dir.resolve("m.yaml"),
                Files.readString(ReportFixtures.metadata(dir, "v"))
                        + "grid: {region: JP, year: 2024, source: ember}\n"
                        + "embodied: {totalEmbodiedG: 1000000, source: vendor LCA, lifespan: 4y, resourcesReserved: 4, resourcesTotal: 64}\n");
        SciReport r = build(meta, ReportFixtures.measurements(dir, "v", 6.0, 1), null);
        assertThat(r.grid().region()).isEqualTo("JP");
        assertThat(r.embodied().profileDefault()).isFalse();
        assertThat(r.embodied().resourcesReserved()).isEqualTo(4);
    }

    @Test
    void zeroUnitsIsAnError() throws IOException {
        Path meta = ReportFixtures.metadata(dir, "v");
        List<Path> files = ReportFixtures.withoutCounts(ReportFixtures.measurements(dir, "v", 6.0, 1));
        Assertions.assertThatThrownBy(() -> build(meta, files, 0.0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("--units")
                .hasMessageContaining("R (functional units) is zero");
    }

    @Test
    void aDeclaredRIsRefusedWhenTheFilesHoldTheAgentsCounts() throws IOException {
        Path meta = ReportFixtures.metadata(dir, "v");
        List<Path> files = ReportFixtures.measurements(dir, "v", 6.0, 1);
        Assertions.assertThatThrownBy(() -> build(meta, files, 100000.0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("--units")
                .hasMessageContaining("15000, 15000, 15000")
                .hasMessageContaining("omit --units");
    }

    @Test
    void aDeclaredRIsAcceptedAndDisclosedWhenTheFilesHoldNoCounts() throws IOException {
        List<Path> files = ReportFixtures.withoutCounts(ReportFixtures.measurements(dir, "v", 6.0, 1));
        SciReport r = build(ReportFixtures.metadata(dir, "v"), files, 15000.0);
        assertThat(r.functionalUnit().countSource()).isEqualTo(FunctionalUnit.FROM_CLI);
    }

    @Test
    void theProfilesWarmUpIsLeftOutOfEnergyUnitsAndWindow() throws IOException {
        List<Path> files = ReportFixtures.measurements(dir, "v", 6.0, 1);
        SciReport r = build(ReportFixtures.metadata(dir, "v"), files, null);
        Measurement first = dev.sci4j.measurement.MeasurementJson.read(files.get(0));
        double allJoules = first.total().orElseThrow().processTotalJoules();
        double firstSixJoules = first.samples().subList(0, 6).stream()
                .mapToDouble(dev.sci4j.measurement.IntervalSample::processTotalJoules)
                .sum();
        double perRepetitionKwh = r.result().energyKwh() / 3;
        assertThat(perRepetitionKwh).isLessThan(allJoules / 3.6e6);
        assertThat(ReportScoring.score(
                                List.of(WarmUp.exclude(first, 60, "f")),
                                List.of("f"),
                                r.grid().toInput(),
                                r.embodied(),
                                1,
                                List.of(15000.0),
                                "request",
                                0)
                        .total()
                        .score()
                        .itEnergy()
                        .kwh())
                .isCloseTo((allJoules - firstSixJoules) / 3.6e6, within(1e-12));
    }

    @Test
    void aStatedWarmUpOtherThanTheProfilesIsAMistake() throws IOException {
        Path meta = Files.writeString(
                dir.resolve("m.yaml"),
                Files.readString(ReportFixtures.metadata(dir, "v")).replace("warmUpSeconds: 60", "warmUpSeconds: 0"));
        List<Path> files = ReportFixtures.measurements(dir, "v", 6.0, 1);
        Assertions.assertThatThrownBy(() -> build(meta, files, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("usageScenario.warmUpSeconds")
                .hasMessageContaining("60");
    }

    @Test
    void embeddedMeasurementsAreTheFullFiles() throws IOException {
        List<Path> files = ReportFixtures.measurements(dir, "v", 6.0, 1);
        SciReport r = build(ReportFixtures.metadata(dir, "v"), files, null);
        Measurement first = dev.sci4j.measurement.MeasurementJson.read(files.get(0));
        assertThat(r.measurements().get(0)).isEqualTo(first);
    }

    @ParameterizedTest
    @CsvSource({
        "4y, 9, 4, embodied.resourcesReserved",
        "0s, 1, 1, embodied.lifespan",
        "4y, 1, 0, embodied.resourcesTotal"
    })
    void vendorEmbodiedDataOutOfRangeNamesTheFileAndField(String lifespan, String reserved, String total, String field)
            throws IOException {
        Path meta = Files.writeString(
                dir.resolve("m.yaml"),
                Files.readString(ReportFixtures.metadata(dir, "v"))
                        + "embodied: {totalEmbodiedG: 1000000, source: vendor LCA, lifespan: " + lifespan
                        + ", resourcesReserved: " + reserved + ", resourcesTotal: " + total + "}\n");

        Assertions.assertThatThrownBy(() -> ReportMetadata.read(meta))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("m.yaml")
                .hasMessageContaining(field);
    }
}
