package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.input.InvalidInputException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The exit-code contract: 2 and one sentence for a user mistake, 1 and a bug report for anything else. */
class MainTest {
    private static final String BUG = "sci4j: internal error (this is a bug in sci4j, please report it): ";

    @Test
    void anOverflowInsideTheModelIsABugNotBadInput() {
        // Each input is valid; O = E x I overflows to infinity, which no gCO2e figure may be.
        CliRun run = CliRun.of("score", "--energy-kwh", "1e300", "--intensity", "1e300", "--units", "1");

        assertThat(run.exitCode()).isEqualTo(Main.FAILURE);
        assertThat(run.err())
                .startsWith(BUG + "java.lang.IllegalArgumentException: carbon (gCO2e) must be a finite number")
                .contains("\tat dev.sci4j.units.Carbon.<init>");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aUserMistakeIsOneSentenceWithoutAStackTrace() {
        CliRun run = CliRun.of("score", "--energy-kwh", "-1", "--intensity", "100", "--units", "1");

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err())
                .isEqualTo("sci4j score: --energy-kwh must not be negative, got -1" + System.lineSeparator());
    }

    @Test
    void anyExceptionButInvalidInputIsReportedAsABugWithItsStackTrace() {
        StringWriter err = new StringWriter();

        int code = Main.failed(new IllegalStateException("broken"), "sci4j score", new PrintWriter(err, true));

        assertThat(code).isEqualTo(Main.FAILURE);
        assertThat(err.toString())
                .startsWith(BUG + "java.lang.IllegalStateException: broken" + System.lineSeparator())
                .contains("\tat dev.sci4j.cli.MainTest.");
    }

    @Test
    void invalidInputIsBadInputNamingTheCommand() {
        StringWriter err = new StringWriter();

        int code =
                Main.failed(new InvalidInputException("--units is missing"), "sci4j score", new PrintWriter(err, true));

        assertThat(code).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("sci4j score: --units is missing" + System.lineSeparator());
    }
}
