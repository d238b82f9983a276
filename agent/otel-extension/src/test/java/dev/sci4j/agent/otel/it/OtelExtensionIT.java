package dev.sci4j.agent.otel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.MeasurementJson;
import dev.sci4j.measurement.UnitSample;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The real OpenTelemetry Java agent with the sci4j extension, every OpenTelemetry exporter off, on a JDK
 * {@code HttpServer} service whose handlers run on a thread pool: each request is one unit named from
 * {@code http.route}; the heavy route's energy per unit, spent on another pool's thread, is well above the
 * light one's (CPU time follows the context); sci4j's own Prometheus scrapes are no unit.
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
    void countsEveryRequestPerRouteAndChargesTheHeavyRouteMoreEnergyPerUnit() throws Exception {
        Files.createDirectories(WORK);
        Path output = WORK.resolve("otel-measurement.json");
        Path log = WORK.resolve("otel-service.log");
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
                        TEST_CLASSES.toString(),
                        TwoRouteService.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            int port = Integer.parseInt(await(log, LISTENING).group(1));
            URL metrics = new URL(await(log, PROMETHEUS).group(1));
            for (int i = 0; i < REQUESTS_PER_ROUTE; i++) {
                assertThat(get(new URL("http://127.0.0.1:" + port + "/light"))).isEqualTo(200);
                assertThat(get(new URL("http://127.0.0.1:" + port + "/heavy"))).isEqualTo(200);
                if (i % 5 == 0) {
                    assertThat(get(metrics)).isEqualTo(200);
                }
            }
        } finally {
            service.destroy(); // SIGTERM: the shutdown hook writes the final file
            assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        String lines = Files.readString(log);
        assertThat(lines).contains("[sci4j] OpenTelemetry extension: functional units are local-root server spans");
        Measurement m = MeasurementJson.read(output);
        Map<String, UnitSample> units = totals(m.samples());
        assertThat(units)
                .as("units in %s; service log:%n%s", output, lines)
                .containsKeys("http GET /light", "http GET /heavy");
        assertThat(units.keySet()).noneMatch(name -> name.contains("/metrics"));
        UnitSample light = units.get("http GET /light");
        UnitSample heavy = units.get("http GET /heavy");
        assertThat(light.okCount()).isEqualTo(REQUESTS_PER_ROUTE);
        assertThat(heavy.okCount()).isEqualTo(REQUESTS_PER_ROUTE);
        assertThat(light.failedCount() + heavy.failedCount()).isZero();
        double lightPerUnit = light.joules() / light.count();
        double heavyPerUnit = heavy.joules() / heavy.count();
        assertThat(lightPerUnit).isPositive();
        assertThat(heavyPerUnit / lightPerUnit)
                .as("heavy/light energy per unit")
                .isGreaterThan(2);
        assertThat(m.run().configuration()).containsEntry("units.source", "opentelemetry-server-spans");
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
