package dev.sci4j.agent.otel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.MeasurementJson;
import dev.sci4j.measurement.UnitSample;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real OpenTelemetry Java agent with the sci4j extension, every OpenTelemetry exporter off, on two small
 * services — a JDK {@code HttpServer} and Vert.x web (Netty) — each with a light route and one doing 8× its CPU
 * work on another thread: each request is one unit named from {@code http.route}; the heavy route's energy per
 * unit is well above the light one's (CPU time follows the context); sci4j's own Prometheus scrapes are no
 * unit.
 */
class OtelExtensionIT {
    private static final Path OTEL_AGENT = Path.of(System.getProperty("sci4j.it.otelAgentJar"));
    private static final Path EXTENSION = Path.of(System.getProperty("sci4j.it.extensionJar"));
    private static final Path TEST_CLASSES = Path.of(System.getProperty("sci4j.it.testClasses"));
    private static final Path WORK = Path.of(System.getProperty("sci4j.it.workDir"));
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final int REQUESTS_PER_ROUTE = 20;
    private static final Pattern LISTENING = Pattern.compile("listening (\\d+)");
    private static final Pattern PROMETHEUS = Pattern.compile(".*Prometheus metrics on (http://\\S+/metrics).*");

    @Test
    void jdkHttpServerEachRequestIsOneUnitPerRouteAndTheHeavyRouteCostsMorePerUnit() throws Exception {
        Run run = run("jdk", TEST_CLASSES.toString(), TwoRouteService.class, port -> "/light", port -> "/heavy");
        run.assertRoutes("http GET /light", "http GET /heavy");
    }

    @Test
    void vertxWebEachRequestIsOneUnitNamedFromItsRouteTemplateAndWorkerPoolCpuFollows() throws Exception {
        String classPath;
        try (Stream<Path> libs = Files.list(Path.of(System.getProperty("sci4j.it.vertxLibs")))) {
            classPath = Stream.concat(Stream.of(TEST_CLASSES), libs)
                    .map(Path::toString)
                    .collect(Collectors.joining(File.pathSeparator));
        }
        Run run = run(
                "vertx",
                classPath,
                VertxTwoRouteService.class,
                i -> "/items/" + i + "/light",
                i -> "/items/" + i + "/heavy");
        run.assertRoutes("http GET /items/:id/light", "http GET /items/:id/heavy");
        assertThat(run.units.keySet()).noneMatch(name -> name.contains("/items/1"));
    }

    /** Starts the service under both agents, sends the requests and scrapes, stops it and reads the file. */
    private static Run run(
            String name, String classPath, Class<?> main, IntFunction<String> light, IntFunction<String> heavy)
            throws Exception {
        Files.createDirectories(WORK);
        Path output = WORK.resolve(name + "-measurement.json");
        Path log = WORK.resolve(name + "-service.log");
        Files.deleteIfExists(output);
        Process service = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-javaagent:" + OTEL_AGENT,
                        "-Dotel.javaagent.extensions=" + EXTENSION,
                        "-Dotel.traces.exporter=none",
                        "-Dotel.metrics.exporter=none",
                        "-Dotel.logs.exporter=none",
                        "-Dsci4j.output=" + output,
                        "-Dsci4j.interval=500ms",
                        "-Dsci4j.output.write.intervals=1",
                        "-Dsci4j.prometheus.port=0",
                        "-cp",
                        classPath,
                        main.getName())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            int port = Integer.parseInt(await(log, LISTENING).group(1));
            URL metrics = new URL(await(log, PROMETHEUS).group(1));
            for (int i = 0; i < REQUESTS_PER_ROUTE; i++) {
                assertThat(get(new URL("http://127.0.0.1:" + port + light.apply(i))))
                        .isEqualTo(200);
                assertThat(get(new URL("http://127.0.0.1:" + port + heavy.apply(i))))
                        .isEqualTo(200);
                if (i % 5 == 0) {
                    assertThat(get(metrics)).isEqualTo(200);
                }
            }
        } finally {
            service.destroy(); // SIGTERM: the shutdown hook writes the final file
            assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return new Run(Files.readString(log), MeasurementJson.read(output));
    }

    /** What one service run left: its log and its measurement file, with the units summed over the samples. */
    private static final class Run {
        final String log;
        final Measurement measurement;
        final Map<String, UnitSample> units;

        Run(String log, Measurement measurement) {
            this.log = log;
            this.measurement = measurement;
            this.units = totals(measurement.samples());
        }

        void assertRoutes(String lightName, String heavyName) {
            assertThat(log).contains("[sci4j] OpenTelemetry extension: functional units are local-root server spans");
            assertThat(units).as("units; service log:%n%s", log).containsKeys(lightName, heavyName);
            assertThat(units.keySet()).noneMatch(name -> name.contains("/metrics"));
            UnitSample lightUnits = units.get(lightName);
            UnitSample heavyUnits = units.get(heavyName);
            assertThat(lightUnits.okCount()).isEqualTo(REQUESTS_PER_ROUTE);
            assertThat(heavyUnits.okCount()).isEqualTo(REQUESTS_PER_ROUTE);
            assertThat(lightUnits.failedCount() + heavyUnits.failedCount()).isZero();
            double lightPerUnit = lightUnits.joules() / lightUnits.count();
            double heavyPerUnit = heavyUnits.joules() / heavyUnits.count();
            assertThat(lightPerUnit).isPositive();
            assertThat(heavyPerUnit / lightPerUnit)
                    .as("heavy/light energy per unit")
                    .isGreaterThan(2);
            assertThat(measurement.run().configuration()).containsEntry("units.source", "opentelemetry-server-spans");
        }
    }

    private static Map<String, UnitSample> totals(List<IntervalSample> samples) {
        Map<String, UnitSample> out = new TreeMap<>();
        for (IntervalSample s : samples) {
            s.units().forEach((name, u) -> out.merge(name, u, UnitSample::plus));
        }
        return out;
    }

    private static int get(URL url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) url.openConnection();
        try (InputStream in = c.getInputStream()) {
            in.readAllBytes();
            return c.getResponseCode();
        } finally {
            c.disconnect();
        }
    }

    private static Matcher await(Path log, Pattern pattern) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
                for (String line : lines) {
                    Matcher m = pattern.matcher(line);
                    if (m.matches()) {
                        return m;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no line matching " + pattern + " in " + log + ":\n" + Files.readString(log));
    }
}
