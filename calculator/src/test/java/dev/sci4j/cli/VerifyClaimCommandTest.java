package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.measurement.MeasurementJson;
import dev.sci4j.report.IllustrativeMeasurements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sci4j verify-claim} (查證): an officer's re-measurement of the same configuration agrees with the
 * vendor's claim; one of a configuration drawing four times the power per request does not.
 */
class VerifyClaimCommandTest {
    @TempDir
    Path dir;

    private CliRun verify(Path report, List<Path> officerFiles) {
        List<String> args = new ArrayList<>(List.of("verify-claim", "--report", report.toString(), "--lang", "en"));
        officerFiles.forEach(f -> args.addAll(List.of("--measurement", f.toString())));
        return CliRun.of(args.toArray(String[]::new));
    }

    private Path claim() throws IOException {
        ReportVerifyCommandTest maker = new ReportVerifyCommandTest();
        maker.dir = dir;
        return maker.signedReport("vendor-a", 6.0, 1);
    }

    @Test
    void aReMeasurementOfTheSameConfigurationIsConsistent() throws IOException {
        Path report = claim();
        List<Path> officer = IllustrativeMeasurements.write(dir, "officer", 3, 6.0, AccuracyClass.A, 4242);

        CliRun run = verify(report, officer);

        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).startsWith("CONSISTENT").contains("95 % interval");
    }

    @Test
    void aReMeasurementOfAFourTimesHeavierConfigurationIsInconsistent() throws IOException {
        Path report = claim();
        List<Path> heavier = IllustrativeMeasurements.write(dir, "heavy", 3, 24.0, AccuracyClass.A, 4242);

        CliRun run = verify(report, heavier);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.FAILURE);
        assertThat(run.out()).startsWith("INCONSISTENT");
    }

    @Test
    void theResultIsInTheProfilesLanguageByDefault() throws IOException {
        Path report = claim();
        List<Path> officer = IllustrativeMeasurements.write(dir, "officer", 3, 6.0, AccuracyClass.A, 4242);
        List<String> args = new ArrayList<>(List.of("verify-claim", "--report", report.toString()));
        officer.forEach(f -> args.addAll(List.of("--measurement", f.toString())));

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.out()).startsWith("相符").contains("數位簽章只證明");
    }

    @Test
    void aReMeasurementOnTheReferenceEnvironmentSaysSo() throws IOException {
        Path report = claim();
        List<Path> officer = IllustrativeMeasurements.write(dir, "officer", 3, 6.0, AccuracyClass.A, 4242);

        CliRun run = verify(report, officer);

        assertThat(run.out())
                .contains("The re-measurement ran on the profile's reference environment as far as its files show"
                        + " (illustrative CPU, 4 logical cores).");
    }

    @Test
    void aReMeasurementOnOtherHardwareIsStatedInTheVerdict() throws IOException {
        Path report = claim();
        List<Path> officer = IllustrativeMeasurements.write(dir, "officer", 3, 6.0, AccuracyClass.A, 4242);
        for (Path f : officer) {
            String text = Files.readString(f);
            String eight = text.replaceFirst("\"logicalCores\"\\s*:\\s*4", "\"logicalCores\":8");
            assertThat(eight).isNotEqualTo(text);
            Files.writeString(f, eight);
        }

        CliRun run = verify(report, officer);

        // Twice the cores are charged twice the profile's embodied model: the figure differs, and the line says why
        assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(Main.FAILURE);
        assertThat(run.out())
                .contains("NOT THE REFERENCE ENVIRONMENT: the files record 8 logical cores, the reference environment"
                        + " has 4; the verdict holds for the machine measured");
    }

    @Test
    void aReMeasurementShorterThanTheReferenceDurationIsRefused() throws IOException {
        Path report = claim();
        List<Path> officer = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path f = dir.resolve("short-" + i + ".json");
            // 30 samples of 10 s: 300 s in all, 240 s after the profile's 60 s warm-up
            MeasurementJson.writeAtomically(
                    IllustrativeMeasurements.repetition(
                            "short-" + i,
                            Instant.parse("2026-11-03T01:00:00Z").plusSeconds(3600L * i),
                            30,
                            10,
                            6.0,
                            0.05,
                            AccuracyClass.A,
                            0.004,
                            4242 + i),
                    f);
            officer.add(f);
        }

        CliRun run = verify(report, officer);

        assertThat(run.exitCode()).as(run.out()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err().strip())
                .endsWith(": " + officer.get(0) + " covers 240 s after the warm-up, less than the 300 s the profile's"
                        + " reference environment asks for: run the repetition longer");
    }
}
