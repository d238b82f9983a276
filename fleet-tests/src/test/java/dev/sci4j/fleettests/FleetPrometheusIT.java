package dev.sci4j.fleettests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sci4j.cli.Main;
import dev.sci4j.examples.shop.LoadDriver;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Prometheus scraping three JVMs that run the shop with the agent: the fleet SCI read from Prometheus
 * equals the SCI of the three measurement files within 2 %, with the same intensity and the same R.
 *
 * <p>Windows line up because Prometheus' window starts before the JVMs do (their counters then count from
 * zero, as do their files), and ends after they stopped. What the files hold and Prometheus cannot is the
 * energy between a JVM's last scrape and its exit (at most about two seconds, with the service idle by then).
 */
class FleetPrometheusIT {
    private static final int INSTANCES = 3;
    private static final double LOAD_SECONDS = 28;
    private static final double INTENSITY = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void fleetSciFromPrometheusEqualsTheSciOfTheMeasurementFiles() throws Exception {
        Path prometheus = prometheusOrSkip();
        Path agentJar = jar("sci4j.agent.jar");
        Path shopJar = jar("sci4j.shop.jar");
        List<ShopWithAgent> shops = new ArrayList<>();
        try {
            // Reserve the agents' ports first so the scrape configuration can name them.
            Instant windowStart = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
            for (int i = 0; i < INSTANCES; i++) {
                shops.add(ShopWithAgent.start(agentJar, shopJar, dir, "shop-" + i));
            }
            try (PrometheusServer server = PrometheusServer.start(
                    prometheus,
                    Files.createDirectories(dir.resolve("prom")),
                    "shop",
                    shops.stream().map(s -> s.metricsPort).toList())) {
                long requests = load(shops);
                Thread.sleep(2_000); // idle: the last samples carry little energy
                for (ShopWithAgent shop : shops) {
                    shop.stop();
                }
                Thread.sleep(2_000); // Prometheus notices the targets are gone
                Instant windowEnd =
                        Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
                long windowSeconds = Duration.between(windowStart, windowEnd).toSeconds();

                JsonNode fleet = score(
                        "--prometheus",
                        server.url(),
                        "--selector",
                        "{job=\"shop\"}",
                        "--window",
                        windowSeconds + "s",
                        "--step",
                        "1s",
                        "--end",
                        windowEnd.toString(),
                        "--units",
                        String.valueOf(requests),
                        "--intensity",
                        String.valueOf(INTENSITY),
                        "--json");
                List<String> fromFiles = new ArrayList<>(List.of(
                        "--units", String.valueOf(requests), "--intensity", String.valueOf(INTENSITY), "--json"));
                shops.forEach(s -> fromFiles.addAll(List.of("--measurement", s.measurement.toString())));
                JsonNode files = score(fromFiles.toArray(String[]::new));

                double sciFleet = fleet.get("sci").asDouble();
                double sciFiles = files.get("sci").asDouble();
                double differencePercent = 100 * (sciFleet - sciFiles) / sciFiles;
                System.out.printf(
                        Locale.ROOT,
                        "[fleet-it] %d requests; E fleet %.3f J, files %.3f J; SCI fleet %.6g, files %.6g"
                                + " gCO2e/request; difference %.3f %%%n",
                        requests,
                        fleet.get("energyKwh").asDouble() * 3.6e6,
                        files.get("energyKwh").asDouble() * 3.6e6,
                        sciFleet,
                        sciFiles,
                        differencePercent);
                printPerInstance(shops, fleet, files);
                assertThat(fleet.get("instances")).hasSize(INSTANCES);
                assertThat(sciFiles).isPositive();
                assertThat(Math.abs(differencePercent))
                        .as("difference between fleet and files, %")
                        .isLessThanOrEqualTo(2.0);
            }
        } finally {
            for (ShopWithAgent shop : shops) {
                shop.close();
            }
        }
    }

    /** Where the two differ, per JVM: Prometheus misses only what the agent sampled after its last scrape. */
    private static void printPerInstance(List<ShopWithAgent> shops, JsonNode fleet, JsonNode files) {
        for (int i = 0; i < shops.size(); i++) {
            String instance = "127.0.0.1:" + shops.get(i).metricsPort;
            double fromPrometheus = 0;
            for (JsonNode n : fleet.get("instances")) {
                if (n.get("instance").asText().equals(instance)) {
                    fromPrometheus = n.get("energyJoules").asDouble();
                }
            }
            JsonNode file = files.get("energySource").get("files").get(i);
            System.out.printf(
                    Locale.ROOT,
                    "[fleet-it] %s: Prometheus %.3f J, file %.3f J over %.1f s, its last samples %s%n",
                    instance,
                    fromPrometheus,
                    file.get("processJoules").asDouble(),
                    file.get("windowSeconds").asDouble(),
                    lastSamples(shops.get(i).measurement));
        }
    }

    private static String lastSamples(Path measurement) {
        try {
            JsonNode samples = JSON.readTree(measurement.toFile()).get("samples");
            StringBuilder out = new StringBuilder();
            for (int i = Math.max(0, samples.size() - 3); i < samples.size(); i++) {
                double joules = 0;
                for (JsonNode j : samples.get(i).get("processJoules")) {
                    joules += j.asDouble();
                }
                out.append(String.format(
                        Locale.ROOT,
                        "%s–%s %.3f J; ",
                        samples.get(i).get("start").asText().substring(11),
                        samples.get(i).get("end").asText().substring(11),
                        joules));
            }
            return out.toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    /**
     * A bounded loopback load on every shop at once; returns the requests served, R for both scores. Only the
     * costliest endpoint, so the shops' CPU (not the driver's) dominates and the unscraped tail stays small beside it.
     */
    private static long load(List<ShopWithAgent> shops) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(shops.size());
        try {
            List<Future<LoadDriver.Result>> runs = new ArrayList<>();
            for (ShopWithAgent shop : shops) {
                runs.add(pool.submit(() -> LoadDriver.run(
                        URI.create("http://127.0.0.1:" + shop.shopPort + "/"),
                        LOAD_SECONDS,
                        2,
                        0,
                        LoadDriver.mix("checkout=1"))));
            }
            long ok = 0;
            for (Future<LoadDriver.Result> run : runs) {
                ok += run.get().ok();
            }
            return ok;
        } finally {
            pool.shutdownNow();
        }
    }

    private static JsonNode score(String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("score"));
        args.addAll(List.of(options));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        assertThat(code).as("sci4j %s: %s", String.join(" ", args), err).isZero();
        return JSON.readTree(out.toString());
    }

    private static Path prometheusOrSkip() {
        return PrometheusServer.binary().orElseGet(() -> {
            String why = "the prometheus binary is not on the PATH nor named by -Dsci4j.prometheus"
                    + " (Debian: apt-get install -y prometheus)";
            if (System.getenv("CI") != null) {
                fail("CI is set and " + why + "; .ci/run installs it");
            }
            Assumptions.abort("skipping the fleet integration test: " + why);
            return null;
        });
    }

    private static Path jar(String property) {
        Path jar = Path.of(System.getProperty(property, "missing"));
        assertThat(jar).as("%s (build the module first)", property).isRegularFile();
        return jar;
    }
}
