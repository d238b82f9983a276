package dev.sci4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sci4j.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code sci4j demo --example ai-inference} end to end with the packaged agent and AI example: SCI per 1,000
 * tokens under the AI profile, R the tokens the service counted / 1,000, the GPU measured or CPU only said
 * plainly, in well under a minute, with no Python, PyTorch or GPU needed.
 */
class AiDemoIT {
    private static final Path WORK = Path.of(System.getProperty("sci4j.it.workDir", "target/it-work"));
    private static final boolean GPU_MACHINE = Files.exists(Path.of("/proc/driver/nvidia"));
    private static JsonNode demo;
    private static String human;
    private static double seconds;

    @BeforeAll
    static void runTheDemo() throws Exception {
        Files.createDirectories(WORK);
        long started = System.nanoTime();
        demo = new ObjectMapper()
                .readTree(run("--json", "--output", WORK.resolve("ai-demo.json").toString()));
        seconds = (System.nanoTime() - started) / 1e9;
        human = run("--output", WORK.resolve("ai-demo-human.json").toString());
    }

    private static String run(String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = {
            "demo",
            "--example",
            "ai-inference",
            "--duration",
            "8s",
            "--agent-jar",
            System.getProperty("sci4j.it.agentJar"),
            "--ai-jar",
            System.getProperty("sci4j.it.aiJar")
        };
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), all);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void itScoresPerThousandTokensUnderTheAiProfileWithRTheCountedTokens() {
        JsonNode k = demo.path("perThousandTokens");
        assertThat(k.path("profile").asText()).isEqualTo("tw-ai-inference-per-1k-tokens");
        assertThat(k.path("functionalUnit").asText()).isEqualTo("1k-tokens");
        assertThat(k.path("sci").asDouble()).isFinite().isPositive();
        assertThat(k.path("units").asDouble())
                .isCloseTo(demo.path("load").path("thousandTokens").asDouble(), within(1e-9));
        assertThat(human).contains("SCI per 1,000 tokens under tw-ai-inference-per-1k-tokens: ");
    }

    @Test
    void theTokensRowTakesItsRequestsEnergyInsteadOfShowingZero() {
        JsonNode tokens = null;
        for (JsonNode n : demo.path("nested")) {
            if (n.path("kind").asText().equals("tokens")) {
                tokens = n;
            }
        }
        assertThat(tokens).as(demo.path("nested").toString()).isNotNull();
        assertThat(tokens.path("okCount").asLong())
                .isEqualTo(demo.path("load").path("tokens").asLong());
        assertThat(tokens.path("energyJoules").asDouble()).isPositive();
        assertThat(tokens.path("sci").asDouble()).isPositive();
        assertThat(human).contains("tokens: counted inside http POST /v1/completions");
    }

    @Test
    void withoutAnNvidiaDriverTheDemoSaysItIsCpuOnly() {
        Assumptions.assumeFalse(GPU_MACHINE, "skipped: this machine has an NVIDIA driver");
        assertThat(demo.path("perThousandTokens").path("gpuMeasured").asBoolean())
                .isFalse();
        assertThat(demo.path("perThousandTokens").path("gpu").asText()).startsWith("CPU only:");
        assertThat(human).contains("  CPU only: the agent measured no GPU");
    }

    @Test
    void anEightSecondDemoFinishesWellUnderAMinute() {
        assertThat(seconds).as("seconds for the whole demo").isLessThan(45);
    }
}
