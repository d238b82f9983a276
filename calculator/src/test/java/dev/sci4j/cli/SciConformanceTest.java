package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance cases copied from {@code shared/conformance/sci-cases.json}: expected values from peer
 * implementations' own tests. Each case runs through the real CLI, as a user would type it, and must match
 * at a relative tolerance of 1e-12.
 */
class SciConformanceTest {
    private static final double RELATIVE_TOLERANCE = 1e-12;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<JsonNode> cases() throws IOException {
        try (InputStream in = SciConformanceTest.class.getResourceAsStream("/dev/sci4j/conformance/sci-cases.json")) {
            List<JsonNode> cases = new ArrayList<>();
            MAPPER.readTree(in).get("cases").forEach(cases::add);
            assertThat(cases).hasSizeGreaterThanOrEqualTo(12);
            return cases.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseMatchesPeerImplementations(JsonNode c) throws IOException {
        JsonNode expected = c.get("expected");
        if (c.get("id").asText().startsWith("pipeline")) {
            assertPipeline(c.get("inputs"), expected);
            return;
        }
        String[] args = cliArgs(c.get("cli").asText());
        CliRun run = CliRun.of(args);
        if (expected.has("error")) {
            assertThat(run.exitCode())
                    .as("exit code of %s", c.get("cli").asText())
                    .isEqualTo(Main.BAD_INPUT);
            assertThat(run.err()).isNotBlank().doesNotContain("\tat ");
            return;
        }
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode actual = MAPPER.readTree(run.out());
        for (Map.Entry<String, JsonNode> e : iterable(expected)) {
            assertClose(e.getKey(), actual.get(e.getKey()), e.getValue().asDouble());
        }
    }

    /** The Impact Framework example pipeline, chained through the CLI commands a user would run. */
    private static void assertPipeline(JsonNode in, JsonNode expected) throws IOException {
        JsonNode cpu = json(
                "estimate",
                "--tdp",
                in.get("tdpW").asText(),
                "--utilization",
                in.get("utilizationPct").asText(),
                "--duration",
                in.get("durationS").asText() + "s",
                "--vcpus-allocated",
                in.get("vcpusAllocated").asText(),
                "--vcpus-total",
                in.get("vcpusTotal").asText(),
                "--interpolation",
                "linear",
                "--json");
        double cpuKwh = cpu.get("energyKwh").asDouble();
        assertClose(
                "cpuEnergyKwh",
                cpu.get("energyKwh"),
                expected.get("cpuEnergyKwh").asDouble());

        double energyKwh = cpuKwh + in.get("networkKwh").asDouble();
        JsonNode embodied = json(
                "embodied",
                "--total-g",
                in.get("totalEmbodiedG").asText(),
                "--time-reserved",
                in.get("durationS").asText() + "s",
                "--lifespan",
                in.get("lifespanS").asText() + "s",
                "--json");
        assertClose(
                "embodiedG",
                embodied.get("embodiedG"),
                expected.get("embodiedG").asDouble());

        JsonNode score = json(
                "score",
                "--energy-kwh",
                Double.toString(energyKwh),
                "--intensity",
                in.get("intensity").asText(),
                "--embodied-g",
                embodied.get("embodiedG").asText(),
                "--units",
                in.get("units").asText(),
                "--json");
        assertClose(
                "energyKwh", score.get("energyKwh"), expected.get("energyKwh").asDouble());
        assertClose(
                "operationalG",
                score.get("operationalG"),
                expected.get("operationalG").asDouble());
        assertClose("sci", score.get("sci"), expected.get("sci").asDouble());
    }

    private static JsonNode json(String... args) throws IOException {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode())
                .as("sci4j %s: %s", String.join(" ", args), run.err())
                .isZero();
        return MAPPER.readTree(run.out());
    }

    private static void assertClose(String field, JsonNode actual, double expected) {
        assertThat(actual).as("field %s is missing", field).isNotNull();
        double tolerance = Math.abs(expected) * RELATIVE_TOLERANCE;
        assertThat(Math.abs(actual.asDouble() - expected))
                .as("%s: expected %s, got %s", field, expected, actual.asDouble())
                .isLessThanOrEqualTo(tolerance);
    }

    private static String[] cliArgs(String cli) {
        String[] words = cli.trim().split("\\s+");
        assertThat(words[0]).isEqualTo("sci4j");
        return Arrays.copyOfRange(words, 1, words.length);
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
