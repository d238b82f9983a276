package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCommandTest {
    @TempDir
    Path dir;

    @Test
    void validatesABundledProfileById() {
        CliRun run = CliRun.of("profile", "validate", "tw-web-service-per-request");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("OK tw-web-service-per-request")
                .contains("網路服務")
                .contains("tw-moea-ea TW 2023");
    }

    @Test
    void aProfileWhoseGridRowDoesNotExistIsBadInput() throws IOException {
        String text = new String(
                        getClass()
                                .getResourceAsStream("/dev/sci4j/profiles/tw-batch-per-record.yaml")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replace("year: 2023", "year: 2040");
        Path file = Files.writeString(dir.resolve("p.yaml"), text);
        CliRun run = CliRun.of("profile", "validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("2040").contains("years available");
    }

    @Test
    void listsTheBundledProfiles() {
        assertThat(CliRun.of("profile", "list").out())
                .contains("tw-batch-per-record")
                .contains("tw-ai-inference-per-1k-tokens");
    }

    @Test
    void validateShowsTheReferenceEnvironment() {
        CliRun run = CliRun.of("profile", "validate", "tw-web-service-per-request");

        assertThat(run.out())
                .contains("reference environment for re-measurement (verify-claim): The cloud virtual machine")
                .contains("CPU not compared, 4 logical cores; load: The load script attached to the tender")
                .contains("at least 300 s per repetition after the warm-up");
        assertThat(CliRun.of("profile", "validate", "tw-batch-per-record").out())
                .doesNotContain("reference environment");
    }

    @Test
    void aGradeNamedNaNIsBadInputWithOneSentence() throws IOException {
        String text = new String(
                        getClass()
                                .getResourceAsStream("/dev/sci4j/profiles/tw-batch-per-record.yaml")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("grade: A", "grade: NaN");
        Path file = Files.writeString(dir.resolve("p.yaml"), text);

        CliRun run = CliRun.of("profile", "validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.out()).doesNotContain("NaN");
        assertThat(run.err().strip())
                .contains("p.yaml line")
                .contains("grade 'NaN' is not a grade id")
                .doesNotContain("\n");
    }
}
