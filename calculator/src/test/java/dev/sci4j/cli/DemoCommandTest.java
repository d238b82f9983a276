package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input checks of {@code sci4j demo}; the demo itself runs in integration-tests (DemoIT). */
class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void aMissingAgentJarIsBadInputSayingHowToBuildIt() {
        CliRun run = CliRun.of("demo", "--agent-jar", dir.resolve("none.jar").toString());

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--agent-jar").contains("none.jar").contains("./sci4j");
    }

    @Test
    void aDurationOutsideTheBoundIsBadInput() {
        CliRun run = CliRun.of("demo", "--duration", "2h");

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--duration");
    }

    @Test
    void theDefaultGridFactorIsTheLatestYearOfTaiwansOfficialSeries() {
        assertThat(DemoCommand.latestOfficialFactor().region()).isEqualTo("TW");
        assertThat(DemoCommand.latestOfficialFactor().year()).isEqualTo(2024);
    }
}
