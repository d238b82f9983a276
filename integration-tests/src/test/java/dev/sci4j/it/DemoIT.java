package dev.sci4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sci4j.cli.Main;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.MeasurementJson;
import dev.sci4j.measurement.UnitSample;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code sci4j demo} end to end with the packaged agent and shop: the shop's endpoints cost 1:4:16 in CPU, and
 * the demo must rank them the same way by energy per request, at roughly the same ratio (within a factor of 2:
 * the machine is shared and each request also costs some fixed CPU).
 */
class DemoIT {
    private static final Path WORK = Path.of(System.getProperty("sci4j.it.workDir", "target/it-work"));
    private static JsonNode demo;
    private static Path measurementFile;

    @BeforeAll
    static void runTheDemo() throws Exception {
        Files.createDirectories(WORK);
        measurementFile = WORK.resolve("demo.json").toAbsolutePath();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new PrintWriter(out),
                new PrintWriter(err),
                "demo",
                "--duration",
                "12s",
                "--json",
                "--agent-jar",
                System.getProperty("sci4j.it.agentJar"),
                "--shop-jar",
                System.getProperty("sci4j.it.shopJar"),
                "--output",
                measurementFile.toString());
        assertThat(code).as(err.toString()).isZero();
        demo = new ObjectMapper().readTree(out.toString());
    }

    private static double joulesPerRequest(String endpoint) {
        JsonNode u = demo.path("units").path("http GET /" + endpoint);
        assertThat(u.path("count").asLong()).as(endpoint + " requests").isGreaterThanOrEqualTo(10);
        return u.path("energyJoules").asDouble() / u.path("okCount").asLong();
    }

    @Test
    void endpointsRankByEnergyPerRequestAsTheirCpuCostAtRoughlyItsRatio() {
        double search = joulesPerRequest("search");
        double product = joulesPerRequest("product");
        double checkout = joulesPerRequest("checkout");

        assertThat(search).isPositive().isLessThan(product);
        assertThat(product).isLessThan(checkout);
        assertThat(product / search).as("product : search, designed 4").isBetween(2.0, 8.0);
        assertThat(checkout / search).as("checkout : search, designed 16").isBetween(8.0, 32.0);
    }

    @Test
    void theJsonCarriesCountEnergyAndSciPerUnitTheOverallSciAndTheEnergySource() {
        JsonNode search = demo.path("units").path("http GET /search");
        assertThat(search.has("count")).isTrue();
        assertThat(search.path("energyJoules").asDouble()).isPositive();
        assertThat(search.path("sci").asDouble()).isPositive();
        assertThat(demo.path("overall").path("sci").asDouble()).isPositive();
        assertThat(demo.path("energySource").path("kind").asText()).isEqualTo("measurement");
        assertThat(demo.path("gridFactor").asText()).contains("TW 2024");
        assertThat(demo.path("measurementFile").asText()).isEqualTo(measurementFile.toString());
    }

    @Test
    void perKindEnergyAddsUpToTheProcessEnergy() {
        double sum = 0;
        for (JsonNode u : demo.path("units")) {
            sum += u.path("energyJoules").asDouble();
        }
        assertThat(sum)
                .isCloseTo(demo.path("overall").path("energyJoules").asDouble(), within(1e-9 * Math.max(1, sum)));
    }

    @Test
    void inTheFileUnitsPlusUnattributedEqualTheProcessEnergyWithinOnePercent() throws Exception {
        Measurement m = MeasurementJson.read(measurementFile);
        assertThat(m.samples()).isNotEmpty();
        for (IntervalSample s : m.samples()) {
            double units =
                    s.units().values().stream().mapToDouble(UnitSample::joules).sum();
            assertThat(units + s.unattributedJoules())
                    .isCloseTo(s.processTotalJoules(), within(0.01 * s.processTotalJoules() + 1e-12));
        }
        IntervalSample total = m.total().orElseThrow();
        assertThat(total.units().values().stream()
                        .mapToDouble(UnitSample::joules)
                        .sum())
                .isPositive();
    }
}
