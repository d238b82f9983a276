package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sci4j.prometheus.FakePrometheus;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sci4j score --prometheus}: a fleet's SCI from a (fake) Prometheus, with resets and several instances. */
class ScorePrometheusTest {
    private static final Instant T0 = Instant.parse("2024-06-01T00:00:00Z");
    private static final Duration STEP = Duration.ofMinutes(1);
    private static final String END = "2024-06-01T00:05:00Z";
    private static final String ENERGY = "sci_energy_joules_total{scope=\"process\",job=\"shop\"}";
    private static final String UNITS = "sci_functional_units_total{job=\"shop\"}";
    private static final String UNIT_ENERGY = "sci_unit_energy_joules_total{job=\"shop\"}";
    /** a: 5 × 3960 J; b: 3600, then a restart (1800), then 3 × 3600; c: starts at 00:03, 3 × 600 J. */
    private static final double FLEET_JOULES = 19_800 + 16_200 + 1_800;

    @TempDir
    Path dir;

    private FakePrometheus fake;

    @BeforeEach
    void fleet() throws IOException {
        fake = FakePrometheus.start();
        fake.series(ENERGY, labels("a:9464", "active"), T0, STEP, 0.0, 3600.0, 7200.0, 10800.0, 14400.0, 18000.0)
                .series(ENERGY, labels("a:9464", "memory"), T0, STEP, 0.0, 360.0, 720.0, 1080.0, 1440.0, 1800.0)
                .series(ENERGY, labels("b:9464", "active"), T0, STEP, 1000.0, 4600.0, 1800.0, 5400.0, 9000.0, 12600.0)
                .series(ENERGY, labels("c:9464", "active"), T0, STEP, null, null, null, 600.0, 1200.0, 1800.0);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void sumsEveryInstanceWithRestartsAndLateStartersAndBreaksItDown() {
        JsonNode j = run("--units", "1000", "--intensity", "500", "--json").json();

        assertThat(j.get("energyKwh").asDouble()).isCloseTo(FLEET_JOULES / 3.6e6, within(1e-15));
        assertThat(j.get("operationalG").asDouble()).isCloseTo(FLEET_JOULES / 3.6e6 * 500, within(1e-12));
        assertThat(j.get("sci").asDouble()).isCloseTo(FLEET_JOULES / 3.6e6 * 500 / 1000, within(1e-15));
        assertThat(j.get("energySource").get("kind").asText()).isEqualTo("prometheus");
        assertThat(j.get("energySource").get("query").asText()).isEqualTo(ENERGY);
        assertThat(j.get("energySource").get("instances").asInt()).isEqualTo(3);
        assertThat(j.get("functionalUnitsSource").get("kind").asText()).isEqualTo("declared");
        JsonNode instances = j.get("instances");
        assertThat(instances).hasSize(3);
        assertThat(instances.get(0).get("instance").asText()).isEqualTo("a:9464");
        assertThat(instances.get(0).get("energyJoules").asDouble()).isCloseTo(19_800, within(1e-9));
        assertThat(instances.get(1).get("energyJoules").asDouble()).isCloseTo(16_200, within(1e-9));
        assertThat(instances.get(2).get("energyJoules").asDouble()).isCloseTo(1_800, within(1e-9));
        assertThat(instances.get(2).get("presentSeconds").asDouble()).isEqualTo(180);
        assertThat(instances.get(0).get("sci").isNull()).isTrue();
        assertThat(fake.queries()).contains(ENERGY, UNITS);
    }

    @Test
    void alignsEachStepWithAGridIntensitySeries() throws IOException {
        Path grid = Files.writeString(
                dir.resolve("g.csv"),
                "datetime,carbon_intensity,duration\n"
                        + "2024-06-01T00:00:00Z,100,PT2M\n2024-06-01T00:02:00Z,300,PT3M\n");

        JsonNode j = run(
                        "--units",
                        "1",
                        "--grid-series",
                        grid.toString(),
                        "--grid-format",
                        "csv",
                        "--grid-type",
                        "average",
                        "--json")
                .json();

        // Σ E_t × I_t: steps 1–2 carry 7560 + 5760 J at 100, steps 3–5 carry 3 × 8160 J at 300.
        assertThat(j.get("operationalG").asDouble()).isCloseTo((13_320 * 100 + 24_480 * 300) / 3.6e6, within(1e-12));
        assertThat(j.get("intensitySource").get("kind").asText()).isEqualTo("time-series");
    }

    @Test
    void countsRFromTheAgentsFunctionalUnitsPerInstanceAndKind() {
        fake.series(
                        UNITS,
                        "{\"instance\":\"a:9464\",\"unit\":\"checkout\",\"outcome\":\"success\"}",
                        T0,
                        STEP,
                        0.0,
                        10.0,
                        20.0,
                        30.0,
                        40.0,
                        50.0)
                .series(
                        UNITS,
                        "{\"instance\":\"a:9464\",\"unit\":\"search\",\"outcome\":\"failure\"}",
                        T0,
                        STEP,
                        0.0,
                        1.0,
                        1.0,
                        2.0,
                        2.0,
                        2.0)
                .series(
                        UNITS,
                        "{\"instance\":\"b:9464\",\"unit\":\"search\",\"outcome\":\"success\"}",
                        T0,
                        STEP,
                        5.0,
                        105.0,
                        50.0,
                        150.0,
                        250.0,
                        350.0)
                .series(
                        UNIT_ENERGY,
                        "{\"instance\":\"a:9464\",\"unit\":\"checkout\"}",
                        T0,
                        STEP,
                        0.0,
                        1000.0,
                        2000.0,
                        3000.0,
                        4000.0,
                        5000.0)
                .series(
                        UNIT_ENERGY,
                        "{\"instance\":\"b:9464\",\"unit\":\"search\"}",
                        T0,
                        STEP,
                        0.0,
                        720.0,
                        1440.0,
                        2160.0,
                        2880.0,
                        3600.0);

        JsonNode j = run("--intensity", "360", "--json").json();

        // R: checkout 50, search 2 failed + (100 + 50 + 100 + 100 + 100) on b.
        assertThat(j.get("units").asDouble()).isEqualTo(50 + 2 + 450);
        assertThat(j.get("functionalUnitsSource").get("kind").asText()).isEqualTo("prometheus");
        assertThat(j.get("instances").get(0).get("units").asDouble()).isEqualTo(52);
        assertThat(j.get("instances").get(2).get("units").isNull()).isTrue();
        JsonNode kinds = j.get("unitKinds");
        assertThat(kinds.get(0).get("unit").asText()).isEqualTo("checkout");
        assertThat(kinds.get(0).get("energyJoules").asDouble()).isEqualTo(5000);
        assertThat(kinds.get(0).get("sci").asDouble()).isCloseTo(5000 / 3.6e6 * 360 / 50, within(1e-15));
        assertThat(kinds.get(1).get("count").asDouble()).isEqualTo(452);
    }

    @Test
    void withoutCountedOrDeclaredUnitsTheErrorNamesTheQuery() {
        CliRun r = run("--intensity", "500");

        assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains(UNITS).contains("--units").doesNotContain("\tat ");
    }

    @Test
    void countedUnitsThatNeverIncreaseAreBadInputNotABug() {
        fake.series(
                UNITS,
                "{\"instance\":\"a:9464\",\"unit\":\"checkout\",\"outcome\":\"success\"}",
                T0,
                STEP,
                7.0,
                7.0,
                7.0,
                7.0,
                7.0,
                7.0);

        CliRun r = run("--intensity", "500");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err())
                .contains("R (functional units) is zero")
                .contains(UNITS)
                .contains("--units")
                .doesNotContain("\tat ");
    }

    @Test
    void noSeriesIsAnErrorNamingTheQuery() {
        CliRun r = CliRun.of(
                "score",
                "--prometheus",
                fake.url(),
                "--selector",
                "{job=\"nothing\"}",
                "--window",
                "5min",
                "--step",
                "1min",
                "--end",
                END,
                "--units",
                "1",
                "--intensity",
                "1");

        assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err())
                .contains("sci_energy_joules_total{scope=\"process\",job=\"nothing\"}")
                .contains("no series");
    }

    @Test
    void anUnreachableServerIsBadInputNamingTheQuery() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CliRun r = CliRun.of(
                "score",
                "--prometheus",
                "http://127.0.0.1:" + port,
                "--selector",
                "{job=\"shop\"}",
                "--window",
                "5min",
                "--step",
                "1min",
                "--units",
                "1",
                "--intensity",
                "1");

        assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("cannot connect").contains(ENERGY).doesNotContain("\tat ");
    }

    @Test
    void anHttpErrorIsBadInput() {
        fake.answer(503, "{\"status\":\"error\",\"errorType\":\"unavailable\",\"error\":\"overloaded\"}");

        CliRun r = run("--units", "1", "--intensity", "1");

        assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("HTTP 503").contains("overloaded").contains(ENERGY);
    }

    @Test
    void malformedWindowStepOrEndAreBadInput() {
        for (String[] bad : List.of(
                new String[] {"--window", "5", "--step", "1min"},
                new String[] {"--window", "5min", "--step", "2min"},
                new String[] {"--window", "5min", "--step", "0s"})) {
            List<String> args = new ArrayList<>(
                    List.of("score", "--prometheus", fake.url(), "--end", END, "--units", "1", "--intensity", "1"));
            args.addAll(List.of(bad));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(String.join(" ", bad)).isEqualTo(Main.BAD_INPUT);
            assertThat(r.err()).containsAnyOf("--window", "--step");
        }
        CliRun r = CliRun.of(
                "score",
                "--prometheus",
                fake.url(),
                "--window",
                "5min",
                "--end",
                "yesterday",
                "--units",
                "1",
                "--intensity",
                "1");
        assertThat(r.err()).contains("--end");
    }

    @Test
    void embodiedSharePerInstanceFromAHardwareMap() throws IOException {
        Path map = Files.writeString(
                dir.resolve("hardware.yaml"),
                "default:\n  totalEmbodiedG: 1000000\n"
                        + "instances:\n  \"c:9464\":\n    totalEmbodiedG: 2000000\n    lifespan: 2y\n    resourcesReserved: 1\n    resourcesTotal: 4\n");

        JsonNode j = run("--units", "10", "--intensity", "0", "--hardware-map", map.toString(), "--json")
                .json();

        double year = 365 * 86_400.0;
        double a = 1e6 * 300 / (4 * year);
        double c = 2e6 * 180 / (2 * year) / 4;
        assertThat(j.get("instances").get(0).get("embodiedG").asDouble()).isCloseTo(a, within(1e-12));
        assertThat(j.get("instances").get(2).get("embodiedG").asDouble()).isCloseTo(c, within(1e-12));
        assertThat(j.get("embodiedG").asDouble()).isCloseTo(2 * a + c, within(1e-12));
        assertThat(j.get("embodiedIncluded").asBoolean()).isTrue();
    }

    @Test
    void aHardwareMapWithoutTheInstanceIsBadInput() throws IOException {
        Path map =
                Files.writeString(dir.resolve("hardware.yaml"), "instances:\n  \"a:9464\":\n    totalEmbodiedG: 1\n");

        CliRun r = run("--units", "10", "--intensity", "1", "--hardware-map", map.toString());

        assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("b:9464").contains("default");
    }

    @Test
    void aHardwareLabelPicksTheEntryForEachInstance() throws IOException {
        String typed = "sci_energy_joules_total{scope=\"process\",job=\"typed\"}";
        fake.series(typed, "{\"instance\":\"x:1\",\"node_type\":\"big\"}", T0, STEP, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0)
                .series(
                        typed,
                        "{\"instance\":\"y:1\",\"node_type\":\"small\"}",
                        T0,
                        STEP,
                        0.0,
                        1.0,
                        2.0,
                        3.0,
                        4.0,
                        5.0);
        Path map = Files.writeString(
                dir.resolve("hardware.yaml"),
                "instances:\n  big:\n    totalEmbodiedG: 4000000\n  small:\n    totalEmbodiedG: 1000000\n");

        JsonNode j = CliRun.of(
                        "score",
                        "--prometheus",
                        fake.url(),
                        "--selector",
                        "{job=\"typed\"}",
                        "--window",
                        "5min",
                        "--step",
                        "1min",
                        "--end",
                        END,
                        "--units",
                        "1",
                        "--intensity",
                        "0",
                        "--hardware-map",
                        map.toString(),
                        "--hardware-label",
                        "node_type",
                        "--json")
                .json();

        JsonNode instances = j.get("instances");
        assertThat(instances.get(0).get("embodiedG").asDouble())
                .isCloseTo(4 * instances.get(1).get("embodiedG").asDouble(), within(1e-12));
        CliRun unlabelled = run(
                "--units", "1", "--intensity", "0", "--hardware-map", map.toString(), "--hardware-label", "node_type");
        assertThat(unlabelled.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(unlabelled.err()).contains("a:9464").contains("no hardware label");
    }

    @Test
    void withoutEndTheWindowEndsAtTheLastWholeStepBeforeNow() {
        Clock now = Clock.fixed(Instant.parse("2024-06-01T00:05:42Z"), ZoneOffset.UTC);
        JsonNode j = CliRun.at(
                        now,
                        "score",
                        "--prometheus",
                        fake.url(),
                        "--selector",
                        "{job=\"shop\"}",
                        "--window",
                        "5min",
                        "--step",
                        "1min",
                        "--units",
                        "1",
                        "--intensity",
                        "1",
                        "--json")
                .json();

        assertThat(j.get("energySource").get("windowEnd").asText()).isEqualTo(END);
        assertThat(j.get("energyKwh").asDouble()).isCloseTo(FLEET_JOULES / 3.6e6, within(1e-15));
    }

    @Test
    void aWindowShorterThanTheDefaultStepIsOneStep() {
        CliRun run = CliRun.of(
                "score",
                "--prometheus",
                fake.url(),
                "--selector",
                "{job=\"shop\"}",
                "--window",
                "2min",
                "--end",
                END,
                "--units",
                "1",
                "--intensity",
                "1",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = run.json();

        assertThat(j.get("energySource").get("stepSeconds").asDouble()).isEqualTo(120);
        // a: 2 × 3960 J; b: 2 × 3600 J; c: 1800 − 600 (it was there at the window's start).
        assertThat(j.get("energyKwh").asDouble()).isCloseTo((7_920 + 7_200 + 1_200) / 3.6e6, within(1e-15));
    }

    @Test
    void embodiedIsGivenOnceAndAHardwareLabelNeedsAMap() throws IOException {
        Path map = Files.writeString(dir.resolve("hardware.yaml"), "default:\n  totalEmbodiedG: 1\n");

        CliRun twice = run("--units", "1", "--intensity", "1", "--embodied-g", "5", "--hardware-map", map.toString());
        CliRun labelOnly = run("--units", "1", "--intensity", "1", "--hardware-label", "node_type");

        assertThat(twice.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(twice.err()).contains("--embodied-g").contains("--hardware-map");
        assertThat(labelOnly.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(labelOnly.err()).contains("--hardware-label needs --hardware-map");
    }

    @Test
    void withoutPrometheusUnitsAreStillRequired() {
        CliRun r = CliRun.of("score", "--energy-kwh", "1", "--intensity", "500");

        assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("--units");
    }

    @Test
    void explainedOutputShowsTheFormulaThenEachInstance() {
        CliRun r = run("--units", "1000", "--intensity", "500");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("SCI = (O + M) / R")
                .contains("from Prometheus")
                .contains("Per instance (3)")
                .contains("a:9464")
                .contains("c:9464")
                .contains("declared with --units");
    }

    private CliRun run(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "score",
                "--prometheus",
                fake.url(),
                "--selector",
                "{job=\"shop\"}",
                "--window",
                "5min",
                "--step",
                "1min",
                "--end",
                END));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static String labels(String instance, String component) {
        return "{\"__name__\":\"sci_energy_joules_total\",\"instance\":\"" + instance
                + "\",\"job\":\"shop\",\"scope\":\"process\"," + "\"component\":\"" + component
                + "\",\"source\":\"model\"}";
    }
}
