package dev.sci4j.agent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sci4j.measurement.EnergySourceKind;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.MeasurementJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Child JVMs started with {@code -javaagent:sci4j-agent.jar=…}. */
class AgentLaunchIT {
    /** The JVM's warning when a jar is appended to the boot class path (the bootstrap classes are defined instead). */
    private static final String CDS_LOST = "Sharing is only supported for boot loader classes";

    @Test
    void theApplicationKeepsClassDataSharingAndSeesNoJvmWarning() throws Exception {
        ChildJvm child = ChildJvm.start(
                "cds",
                ChildJvm.currentJavaHome(),
                withAgent("output=" + ChildJvm.fresh("cds.json") + ";energy.source=model", "300"));

        assertThat(child.waitFor(30)).isZero();
        assertThat(child.output())
                .contains("done true")
                .contains("[sci4j] started")
                .doesNotContain(CDS_LOST);
    }

    private static List<String> withAgent(String agentArgs, String... app) {
        return Stream.concat(
                        Stream.of(
                                "-javaagent:" + ChildJvm.AGENT_JAR.toAbsolutePath() + "=" + agentArgs,
                                "-cp",
                                ChildJvm.TEST_CLASSES.toString(),
                                BusyApp.class.getName()),
                        Stream.of(app))
                .collect(Collectors.toList());
    }

    @Test
    void modelSourceWritesTheFileAndServesPrometheus() throws Exception {
        Path out = ChildJvm.fresh("model.json");
        int port = ChildJvm.freePort();
        ChildJvm child = ChildJvm.start(
                "model",
                ChildJvm.currentJavaHome(),
                withAgent(
                        "output=" + out + ";interval=200ms;prometheus.port=" + port + ";energy.source=model", "4000"));

        String metrics = scrapeUntil(child, port, "sci_energy_joules_total");

        assertThat(child.waitFor(30)).isZero();
        assertThat(metrics)
                .contains("source=\"model\"")
                .contains("sci_cpu_seconds_total")
                .contains("sci_agent_samples_total");
        assertThat(child.output()).contains("done true").contains("[sci4j] started: energy from model");
        Measurement m = MeasurementJson.read(out);
        assertThat(m.run().energySource().kind()).isEqualTo(EnergySourceKind.MODEL);
        assertThat(m.samples()).isNotEmpty();
        IntervalSample total = m.total().orElseThrow();
        assertThat(total.processTotalJoules()).isGreaterThan(0);
        assertThat(total.processCpuSeconds()).isGreaterThan(1.0);
        assertThat(total.processTotalJoules()).isLessThanOrEqualTo(total.machineAttributedJoules());
    }

    @Test
    void raplSourceReadsAFakePowercapTree() throws Exception {
        Path root = Files.createTempDirectory(Files.createDirectories(ChildJvm.WORK), "powercap");
        Path pkg = Files.createDirectories(root.resolve("intel-rapl:0"));
        Files.writeString(pkg.resolve("name"), "package-0\n");
        Files.writeString(pkg.resolve("max_energy_range_uj"), "262143328850\n");
        Files.writeString(pkg.resolve("energy_uj"), "1000\n");
        AtomicBoolean running = new AtomicBoolean(true);
        Thread counter = new Thread(() -> advance(pkg.resolve("energy_uj"), running)); // ~20 W
        counter.start();
        Path out = ChildJvm.fresh("rapl.json");
        try {
            ChildJvm child = ChildJvm.start(
                    "rapl",
                    ChildJvm.currentJavaHome(),
                    withAgent("output=" + out + ";interval=200ms;energy.source=rapl;powercap.root=" + root, "3000"));
            assertThat(child.waitFor(30)).isZero();
            assertThat(child.output()).contains("[sci4j] started: energy from rapl");
        } finally {
            running.set(false);
            counter.join();
        }
        Measurement m = MeasurementJson.read(out);
        assertThat(m.run().energySource().kind()).isEqualTo(EnergySourceKind.RAPL);
        assertThat(m.run().energySource().detail()).contains("package-0");
        IntervalSample total = m.total().orElseThrow();
        assertThat(total.machineJoules().get("package")).isGreaterThan(10);
        assertThat(total.processTotalJoules()).isGreaterThan(0);
    }

    private static void advance(Path energyFile, AtomicBoolean running) {
        long microjoules = 1000;
        while (running.get()) {
            try {
                Thread.sleep(100);
                microjoules += 2_000_000;
                Path tmp = energyFile.resolveSibling("energy_uj.tmp");
                Files.writeString(tmp, microjoules + "\n");
                Files.move(tmp, energyFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | InterruptedException e) {
                return;
            }
        }
    }

    @Test
    void invalidValueLeavesTheApplicationRunningWithOneLogLine() throws Exception {
        ChildJvm child = ChildJvm.start(
                "invalid",
                ChildJvm.currentJavaHome(),
                withAgent("interval=soon;output=" + ChildJvm.fresh("invalid.json"), "300"));

        assertThat(child.waitFor(30)).isZero();
        String output = child.output();
        assertThat(output).contains("done true");
        List<String> agentLines =
                output.lines().filter(l -> l.contains("sci4j")).collect(Collectors.toList());
        assertThat(agentLines)
                .singleElement()
                .asString()
                .contains("agent disabled")
                .contains("'interval'")
                .contains("'soon'");
        assertThat(ChildJvm.WORK.resolve("invalid.json")).doesNotExist();
    }

    @Test
    void shutdownWritesTheFinalFileEvenWhenThePrometheusPortIsTaken() throws Exception {
        Path out = ChildJvm.fresh("shutdown.json");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // No periodic write can happen (1000 intervals), so only the shutdown hook can produce the file.
            ChildJvm child = ChildJvm.start(
                    "shutdown",
                    ChildJvm.currentJavaHome(),
                    withAgent(
                            "output=" + out
                                    + ";interval=500ms;output.write.intervals=1000;energy.source=model;prometheus.port="
                                    + taken.getLocalPort(),
                            "2000"));

            assertThat(child.waitFor(30)).isZero();
            assertThat(child.output()).contains("done true").contains("Prometheus endpoint off");
        }
        Measurement m = MeasurementJson.read(out);
        assertThat(m.samples()).isNotEmpty();
        assertThat(m.run().endedAt()).isAfter(m.run().startedAt());
    }

    @Test
    void runsOnJdk25WhenInstalled() throws Exception {
        Path jdk25 = findJdk25();
        assumeTrue(jdk25 != null, "no /usr/lib/jvm/temurin-25* on this machine");
        Path out = ChildJvm.fresh("jdk25.json");
        ChildJvm child = ChildJvm.start(
                "jdk25", jdk25, withAgent("output=" + out + ";interval=200ms;energy.source=model", "2000"));

        assertThat(child.waitFor(30)).isZero();
        assertThat(child.output())
                .contains("done true")
                .contains("[sci4j] started")
                .doesNotContain(CDS_LOST);
        Measurement m = MeasurementJson.read(out);
        assertThat(m.run().jvmVersion()).startsWith("25");
        assertThat(m.total().orElseThrow().processTotalJoules()).isGreaterThan(0);
    }

    static Path findJdk25() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (Stream<Path> s = Files.list(jvms)) {
            return s.filter(p -> p.getFileName().toString().startsWith("temurin-25"))
                    .filter(p -> Files.isExecutable(ChildJvm.java(p)))
                    .findFirst()
                    .orElse(null);
        }
    }

    private static String scrapeUntil(ChildJvm child, int port, String text) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                .build();
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end && child.process.isAlive()) {
            try {
                HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains(text)) {
                    return r.body();
                }
            } catch (IOException notYet) {
                // the endpoint starts after OSHI has initialised
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + text + " on /metrics; output:\n" + child.output());
    }
}
