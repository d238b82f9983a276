package dev.sci4j.agent.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sci4j.agent.clock.ManualClock;
import dev.sci4j.agent.config.AgentConfig;
import dev.sci4j.agent.config.ConfigException;
import dev.sci4j.agent.energy.FileReader;
import dev.sci4j.agent.gpu.FakeNvml;
import dev.sci4j.agent.gpu.GpuMeter;
import dev.sci4j.agent.sampler.FakeProbe;
import dev.sci4j.agent.units.TransformMessages;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.MeasurementJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent's loop and shutdown in process: a manual clock decides when each interval is due, a fake probe stands
 * for the host and a fake file reader for a host energy file reporting {@value #WATTS} W. Each interval the host
 * is 1 of 2 CPU seconds busy and this process uses 0.5 of them, so an interval of 1 s brings 10 J to the machine,
 * 5 J of it active, and 2.5 J to the process.
 */
class AgentTest {
    private static final double WATTS = 10;
    private static final Path HOST_FILE = Path.of("/fake/host-power");
    private static final Duration INTERVAL = Duration.ofSeconds(1);

    @TempDir
    Path tmp;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final FakeProbe probe = new FakeProbe();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final AtomicInteger hostFileReads = new AtomicInteger();
    private final FileReader hostFile = file -> {
        if (file.equals(HOST_FILE)) {
            hostFileReads.incrementAndGet(); // once per energy reading
            return WATTS + "\n";
        }
        throw new NoSuchFileException(file.toString());
    };
    private final TransformMessages transformMessages = TransformMessages.bounded();
    private Agent agent;

    @AfterEach
    void stop() {
        if (agent != null) {
            shutdown();
        }
    }

    @Test
    void runIdsAreDistinctVersion4Uuids() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            UUID id = UUID.fromString(Agent.newRunId());
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
            ids.add(id.toString());
        }
        assertThat(ids).hasSize(1000);
    }

    @Test
    void printsLinesQueuedWhileTransformingOnTheSamplerThreadAtTheNextInterval() throws Exception {
        start("");
        clock.awaitWaits(1);
        transformMessages.offer("cannot rewrite com.example.Odd: bad constant pool");
        assertThat(log).noneMatch(line -> line.contains("com.example.Odd"));

        interval(INTERVAL);
        assertThat(log).filteredOn(line -> line.contains("com.example.Odd")).hasSize(1);
        interval(INTERVAL);
        assertThat(log).filteredOn(line -> line.contains("com.example.Odd")).hasSize(1);
    }

    @Test
    void samplesEveryIntervalAndWritesTheFileAtStartAtTheFirstAndEveryNthInterval() throws Exception {
        start("output.write.intervals=3");
        clock.awaitWaits(1);
        assertThat(samples()).isEmpty(); // the run is on disk before its first interval
        assertThat(log).anyMatch(line -> line.startsWith("started: energy from host-file"));

        interval(INTERVAL);
        List<IntervalSample> first = samples();
        assertThat(first).hasSize(1);
        assertThat(first.get(0).machineJoules().get("total")).isCloseTo(10, within(1e-9));
        assertThat(first.get(0).processJoule(IntervalSample.ACTIVE)).isCloseTo(2.5, within(1e-9));

        interval(INTERVAL);
        assertThat(samples()).hasSize(1);

        interval(INTERVAL);
        assertThat(samples()).hasSize(3);
    }

    @Test
    void disclosuresJoinTheRunConfigurationInTheFile() throws Exception {
        AgentConfig config = AgentConfig.fromArgs("interval=1s;output=" + output()
                + ";energy.source=host-file;host.file=" + HOST_FILE + ";host.file.unit=watts");
        agent = new Agent(config, log::add, clock, () -> probe, hostFile, false, transformMessages);
        agent.disclose(AgentCore.UNITS_SOURCE_KEY, "opentelemetry-server-spans");
        agent.unitsInstalled();
        agent.startSampler();
        interval(INTERVAL);

        Map<String, String> written = MeasurementJson.read(output()).run().configuration();
        assertThat(written)
                .containsEntry(AgentCore.UNITS_SOURCE_KEY, "opentelemetry-server-spans")
                .containsEntry("interval", config.effective().get("interval"));
    }

    @Test
    void afterALongPauseTheNextSampleIsOneIntervalLaterNotABurst() throws Exception {
        start("output.write.intervals=1");
        interval(INTERVAL);
        int readsBefore = hostFileReads.get();

        interval(INTERVAL.multipliedBy(5)); // a GC pause or a suspended VM

        assertThat(hostFileReads.get() - readsBefore).isEqualTo(1);
        assertThat(samples()).hasSize(2);
        assertThat(samples().get(1).durationSeconds()).isCloseTo(5, within(1e-9));
        assertThat(samples().get(1).machineJoules().get("total")).isCloseTo(50, within(1e-9));
        interval(INTERVAL);
        assertThat(samples()).hasSize(3);
    }

    @Test
    void shutdownTakesALastSampleAndWritesTheFinalFile() throws Exception {
        start("output.write.intervals=60");
        interval(INTERVAL);
        probe.advance(0.5, 1, 0.25);
        clock.advance(INTERVAL.dividedBy(2)); // half way to the next interval

        shutdown();

        List<IntervalSample> samples = samples();
        assertThat(samples).hasSize(2);
        assertThat(samples.get(1).machineJoules().get("total")).isCloseTo(5, within(1e-9));
        assertThat(log).noneMatch(line -> line.startsWith("final measurement"));
    }

    @Test
    void shutdownBeforeTheFirstIntervalStillWritesTheFile() throws Exception {
        start("output.write.intervals=60");
        clock.awaitWaits(1);
        probe.advance(0.3, 0.6, 0.15);
        clock.advance(Duration.ofMillis(300));

        shutdown();

        assertThat(samples())
                .singleElement()
                .satisfies(s -> assertThat(s.machineJoules().get("total")).isCloseTo(3, within(1e-9)));
    }

    @Test
    void aShutdownWhileTheAgentIsStillStartingSaysThatNoFileWasWritten() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        AgentConfig config = AgentConfig.fromArgs("interval=1s;output=" + output()
                + ";energy.source=host-file;host.file=" + HOST_FILE + ";host.file.unit=watts");
        agent = new Agent(config, log::add, clock, () -> awaitThenProbe(never), hostFile, false, transformMessages);
        agent.unitsInstalled();
        agent.startSampler();

        shutdown(); // the probe never comes: initialisation outlasts the budget
        never.countDown();

        assertThat(output()).doesNotExist();
        assertThat(log)
                .anyMatch(line -> line.startsWith("final measurement not written")
                        && line.endsWith(
                                "no measurement file was written: " + output().toAbsolutePath() + " does not exist"));
    }

    private FakeProbe awaitThenProbe(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return probe;
    }

    @Test
    void thePrometheusEndpointStartsAtTheFirstIntervalAndClosesAtShutdown() throws Exception {
        start("prometheus.port=0");
        clock.awaitWaits(1);
        assertThat(log).noneMatch(line -> line.startsWith("Prometheus metrics on"));

        interval(INTERVAL);
        URL metrics = metricsUrl();
        assertThat(get(metrics)).contains("sci_energy_joules_total");

        shutdown();
        assertThatThrownBy(() -> get(metrics)).isInstanceOf(IOException.class);
    }

    @Test
    void aGpuIsListedInTheRunAndItsEnergyIsInEverySample() throws Exception {
        FakeNvml nvml = new FakeNvml();
        FakeNvml.Device device = nvml.add();
        AgentConfig config = AgentConfig.fromArgs("interval=1s;output=" + output()
                + ";energy.source=host-file;host.file=" + HOST_FILE + ";gpu.attribution=device");
        agent = new Agent(config, log::add, clock, () -> probe, hostFile, false, transformMessages);
        agent.openGpusWith(
                (cfg, clk, lg) -> GpuMeter.open(nvml, cfg.gpu(), cfg.idlePolicy(), () -> java.util.Set.of(), clk, lg));
        agent.unitsInstalled();
        agent.startSampler();
        clock.awaitWaits(1);

        device.energyMillijoules += 80_000;
        interval(INTERVAL);

        Measurement m = MeasurementJson.read(output());
        assertThat(m.run().gpu().orElseThrow().devices()).hasSize(1);
        assertThat(m.run().attribution().gpu().orElseThrow()).startsWith("device");
        IntervalSample sample = m.samples().get(0);
        assertThat(sample.machineGpuJoules()).isCloseTo(80, within(1e-9));
        assertThat(sample.processJoule(IntervalSample.GPU)).isCloseTo(80, within(1e-9));
        assertThat(log).anyMatch(line -> line.startsWith("GPU energy: 1 GPU(s) by energy-counter"));
    }

    @Test
    void withoutAGpuDriverOneLineSaysSoAndTheFileHasNoGpu() throws Exception {
        start("");
        clock.awaitWaits(1);
        interval(INTERVAL);

        assertThat(MeasurementJson.read(output()).run().gpu()).isEmpty();
        assertThat(samples().get(0).machineJoules()).doesNotContainKey(IntervalSample.GPU);
        if (!java.nio.file.Files.isDirectory(Path.of("/proc/driver/nvidia"))) {
            assertThat(log)
                    .filteredOn(line -> line.contains("GPU"))
                    .singleElement()
                    .asString()
                    .contains("no NVIDIA driver");
        }
    }

    private void start(String args) throws ConfigException {
        AgentConfig config = AgentConfig.fromArgs("interval=1s;output=" + output()
                + ";energy.source=host-file;host.file=" + HOST_FILE + ";host.file.unit=watts;" + args);
        agent = new Agent(config, log::add, clock, () -> probe, hostFile, false, transformMessages);
        agent.unitsInstalled(); // nothing is instrumented here: the exporters need not wait for it
        agent.startSampler();
    }

    /** What the JVM's shutdown hook does, once. */
    private void shutdown() {
        agent.shutdown();
        agent = null;
    }

    /** The host moves on by {@code d} (see the class comment) and the agent finishes what became due. */
    private void interval(Duration d) throws InterruptedException {
        double seconds = d.toNanos() / 1e9;
        probe.advance(seconds, 2 * seconds, seconds / 2);
        clock.advanceAndAwaitNextWait(d);
    }

    private Path output() {
        return tmp.resolve("m.json");
    }

    private List<IntervalSample> samples() throws IOException {
        return MeasurementJson.read(output()).samples();
    }

    private URL metricsUrl() throws IOException {
        Pattern line = Pattern.compile("Prometheus metrics on (http://\\S+/metrics)");
        for (String l : log) {
            Matcher m = line.matcher(l);
            if (m.matches()) {
                return new URL(m.group(1));
            }
        }
        throw new AssertionError("no Prometheus line in " + log);
    }

    private static String get(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
