package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.report.IllustrativeMeasurements;
import java.io.IOException;
import java.nio.file.Path;
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
}
