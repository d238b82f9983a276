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
    void anUnknownExampleIsBadInputNamingTheExamples() {
        CliRun run = CliRun.of("demo", "--example", "chatbot");

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--example is shop or ai-inference, not 'chatbot'");
    }

    @Test
    void workIsTheShopsAndIsRefusedForTheAiExample() {
        CliRun run = CliRun.of("demo", "--example", "ai-inference", "--work", "40000");

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--work is the shop's");
    }

    @Test
    void aMissingAiJarIsBadInputSayingHowToBuildIt() throws java.io.IOException {
        Path agent = fakeJar("agent.jar");

        CliRun run = CliRun.of(
                "demo",
                "--example",
                "ai-inference",
                "--agent-jar",
                agent.toString(),
                "--ai-jar",
                dir.resolve("none.jar").toString());

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--ai-jar").contains("none.jar").contains("examples/ai-inference");
    }

    @Test
    void theAiExampleRunsItsModelInTheJvmWithAllGpuEnergyGivenToTheTokensAndAsksForTokens() {
        DemoExample ai = DemoCommand.example("ai-inference", null);

        assertThat(ai.agentOptions()).isEqualTo(";gpu.units=tokens");
        assertThat(ai.serverArgs()).doesNotContain("--worker");
        assertThat(ai.driverArgs("http://127.0.0.1:1", 12, 2))
                .containsExactly("http://127.0.0.1:1", "12.000", "2", "64");
        assertThat(DemoCommand.example("shop", null).driverArgs("http://127.0.0.1:1", 1.5, 2))
                .containsExactly("http://127.0.0.1:1", "1.500", "2", "0", DemoRun.MIX);
    }

    private Path fakeJar(String name) throws java.io.IOException {
        Path jar = dir.resolve(name);
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar), manifest).close();
        return jar;
    }

    @Test
    void theDefaultGridFactorIsTheLatestYearOfTaiwansOfficialSeries() {
        assertThat(DemoCommand.latestOfficialFactor().region()).isEqualTo("TW");
        assertThat(DemoCommand.latestOfficialFactor().year()).isEqualTo(2024);
    }
}
