package dev.sci4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sci4j.cli.Main;
import dev.sci4j.examples.ai.LoadDriver;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.MeasurementJson;
import dev.sci4j.measurement.UnitSample;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The AI-inference example end to end: the packaged service under the agent ({@code gpu.units=tokens}) for 10 s
 * of load, then scored per 1,000 tokens with the calculator. Tokens must be counted exactly (the driver's sum of
 * the responses' {@code usage.total_tokens} is the file's count), and a machine without an NVIDIA driver must
 * give a CPU-only result that says so (no GPU in the file or the score).
 */
class AiInferenceIT {
    private static final Path WORK = Path.of(System.getProperty("sci4j.it.workDir", "target/it-work"));
    private static final Pattern LISTENING = Pattern.compile("ai-inference listening on (http://127\\.0\\.0\\.1:\\d+)");
    private static final boolean GPU_MACHINE = Files.exists(Path.of("/proc/driver/nvidia"));

    private static LoadDriver.Result load;
    private static Measurement measurement;
    private static Path file;
    private static String serviceLog;

    @BeforeAll
    static void runTheServiceUnderLoad() throws Exception {
        Files.createDirectories(WORK);
        file = WORK.resolve("ai-inference.json").toAbsolutePath();
        Files.deleteIfExists(file);
        Path log = WORK.resolve("ai-inference.log");
        Process service = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-javaagent:" + System.getProperty("sci4j.it.agentJar") + "=output=" + file
                                + ";interval=500ms;output.write.intervals=4;gpu.units=tokens",
                        "-jar",
                        System.getProperty("sci4j.it.aiJar"),
                        "--port",
                        "0",
                        "--threads",
                        "2")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            URI base = URI.create(awaitListening(service, log));
            load = LoadDriver.run(base, 10, 2, 64);
            service.destroy(); // SIGTERM: the agent's shutdown hook writes the final file
            assertThat(service.waitFor(30, TimeUnit.SECONDS))
                    .as("the service stops")
                    .isTrue();
        } finally {
            service.destroyForcibly();
        }
        serviceLog = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(file).as(serviceLog).isRegularFile();
        measurement = MeasurementJson.read(file);
    }

    private static String awaitListening(Process service, Path log) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            Matcher m = LISTENING.matcher(text);
            if (m.find() && text.contains("[sci4j] started")) {
                return m.group(1);
            }
            assertThat(service.isAlive()).as(text).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("the service did not start within 60 s:\n" + Files.readString(log));
    }

    @Test
    void theFileCountsExactlyTheTokensTheServiceAnsweredNestedInItsRequests() {
        assertThat(load.errors).isZero();
        assertThat(load.ok).isGreaterThanOrEqualTo(10);
        Map<String, UnitSample> units = measurement.total().orElseThrow().units();
        UnitSample completions = units.get("http POST /v1/completions");
        assertThat(completions.okCount()).isEqualTo(load.ok);
        assertThat(completions.nested().get("tokens").okCount()).isEqualTo(load.tokens);
        assertThat(units).containsOnlyKeys("http POST /v1/completions");
    }

    @Test
    void sciPerThousandTokensIsFinitePositiveAndDisclosesItsEnergySource() throws Exception {
        JsonNode score = score();
        double sci = score.path("sci").asDouble();
        assertThat(sci).isFinite().isPositive();
        assertThat(score.path("functionalUnit").asText()).isEqualTo("1k-tokens");
        assertThat(score.path("units").asDouble()).isCloseTo(load.tokens / 1000.0, within(1e-9));
        assertThat(sci * load.tokens / 1000.0)
                .isCloseTo(
                        score.path("totalCarbonG").asDouble(),
                        within(1e-9 * score.path("totalCarbonG").asDouble()));
        JsonNode source = score.path("energySource");
        assertThat(source.path("energySourceKind").asText()).isNotBlank();
        assertThat(source.path("accuracyClass").asText()).matches("[ABC]");
        assertThat(source.path("attributionPolicy").asText()).isNotBlank();
    }

    @Test
    void withoutAnNvidiaDriverTheRunIsCpuOnlyAndSaysSo() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(GPU_MACHINE, "skipped: this machine has an NVIDIA driver");
        assertThat(serviceLog).contains("[sci4j] GPU component off").containsOnlyOnce("[ai-inference] CPU only");
        assertThat(measurement.run().gpu()).isEmpty();
        IntervalSample total = measurement.total().orElseThrow();
        assertThat(total.machineJoules()).doesNotContainKey(IntervalSample.GPU);
        assertThat(total.processJoules()).doesNotContainKey(IntervalSample.GPU);
        assertThat(score().path("energySource").has("processGpuJoules")).isFalse();
    }

    /**
     * The signed report's R under the AI profile is the tokens / 1,000, counted inside the requests. The profile
     * is copied with its warm-up, minimum duration and repetitions shortened to fit this 10 s run; nothing else
     * changes.
     */
    @Test
    void theReportUnderTheAiProfileCountsThousandsOfTokensNotRequests() throws Exception {
        String profile;
        try (var in = dev.sci4j.profile.Profiles.class.getResourceAsStream(
                dev.sci4j.profile.Profiles.RESOURCE_DIR + "tw-ai-inference-per-1k-tokens.yaml")) {
            profile = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("warmUpSeconds: 120", "warmUpSeconds: 0")
                    .replace("minimumDurationSeconds: 600", "minimumDurationSeconds: 1")
                    .replace("minimumRepetitions: 3", "minimumRepetitions: 1");
        }
        Path profileFile = Files.writeString(WORK.resolve("ai-profile-short.yaml"), profile);
        Path report = WORK.resolve("ai-report.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new PrintWriter(out),
                new PrintWriter(err),
                "report",
                "--profile",
                profileFile.toString(),
                "--metadata",
                Path.of("..", "examples", "ai-inference", "vendor.yaml").toString(),
                "--measurement",
                file.toString(),
                "--out",
                report.toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode unit = new ObjectMapper().readTree(report.toFile()).path("functionalUnit");
        assertThat(unit.path("name").asText()).isEqualTo("1k-tokens");
        assertThat(unit.path("totalUnits").asDouble()).isCloseTo(load.tokens / 1000.0, within(1e-9));
    }

    private static JsonNode score() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new PrintWriter(out),
                new PrintWriter(err),
                "score",
                "--measurement",
                file.toString(),
                "--units",
                String.format(Locale.ROOT, "%.3f", load.tokens / 1000.0),
                "--unit-name",
                "1k-tokens",
                "--region",
                "TW",
                "--year",
                "2023",
                "--json");
        assertThat(code).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }
}
