package dev.sci4j.agent.core;

import dev.sci4j.agent.attribution.Attributor;
import dev.sci4j.agent.bootstrap.AgentThreads;
import dev.sci4j.agent.clock.Clock;
import dev.sci4j.agent.config.AgentConfig;
import dev.sci4j.agent.energy.EnergySources;
import dev.sci4j.agent.energy.FileReader;
import dev.sci4j.agent.export.AgentMetrics;
import dev.sci4j.agent.export.MeasurementWriter;
import dev.sci4j.agent.export.PrometheusEndpoint;
import dev.sci4j.agent.gpu.GpuMeter;
import dev.sci4j.agent.gpu.Gpus;
import dev.sci4j.agent.sampler.SampleListener;
import dev.sci4j.agent.sampler.SampleStore;
import dev.sci4j.agent.sampler.Sampler;
import dev.sci4j.agent.sampler.SelfCpu;
import dev.sci4j.agent.system.ProcessId;
import dev.sci4j.agent.system.SystemProbe;
import dev.sci4j.agent.units.TransformMessages;
import dev.sci4j.agent.units.UnitSampler;
import dev.sci4j.agent.units.VirtualThreadHooks;
import dev.sci4j.measurement.Attribution;
import dev.sci4j.measurement.EnergySourceInfo;
import dev.sci4j.measurement.RunMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One running agent: a daemon sampler thread that opens the energy source (the first reading), writes the
 * measurement file (no samples yet), then samples every interval and rewrites the file every few intervals, starting the exporters at the first
 * interval (see {@link #startExporters}); and a shutdown hook that takes
 * a last sample and writes the final file within {@value #SHUTDOWN_BUDGET_MILLIS} ms. Any failure disables the
 * agent with one log line; the application is never stopped. Its host, its files and its time come in as
 * parameters ({@link AgentCore} passes the real ones), so tests drive the loop and the shutdown in process.
 */
final class Agent {
    static final long SHUTDOWN_BUDGET_MILLIS = 2000;
    /** Longest the exporters wait for the functional-unit instrumentation (it normally takes ~0.1 s). */
    static final long INSTALL_WAIT_MILLIS = 10_000;

    private final AgentConfig config;
    private final Consumer<String> log;
    private final Clock clock;
    private final Supplier<SystemProbe> probes;
    private final FileReader files;
    private final boolean dynamic;
    private final TransformMessages transformMessages;
    private GpuOpener gpus = (cfg, clk, lg) -> Gpus.open(cfg.gpu(), cfg.idlePolicy(), clk, lg);

    /** Opens the GPU component; tests replace it with one over a fake NVML. */
    interface GpuOpener {
        GpuMeter open(AgentConfig config, Clock clock, Consumer<String> log);
    }

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch unitsInstalled = new CountDownLatch(1);
    private volatile Thread samplerThread;
    private volatile Running running;
    /** Entries added to the run's configuration (e.g. where units come from); set before {@link #start}. */
    private final Map<String, String> disclosures = new TreeMap<>();

    /** What exists once initialisation succeeded. */
    private static final class Running {
        final Sampler sampler;
        final MeasurementWriter writer;
        final AgentMetrics metrics; // strong reference: Micrometer holds only weak ones; null without Prometheus
        volatile PrometheusEndpoint endpoint; // from the first interval on, if configured

        Running(Sampler sampler, MeasurementWriter writer, AgentMetrics metrics) {
            this.sampler = sampler;
            this.writer = writer;
            this.metrics = metrics;
        }
    }

    /**
     * @param log    one line per message ({@link AgentLog} in production)
     * @param clock  time for samples and for the wait between them
     * @param probes the host probe, asked for once on the sampler thread: building the real one can start OSHI
     *               (~350 ms CPU), which must not run on the application's start-up path
     * @param files  how energy counters and the host energy file are read
     * @param transformMessages lines said inside class file transformers, printed by the sampler thread
     */
    Agent(
            AgentConfig config,
            Consumer<String> log,
            Clock clock,
            Supplier<SystemProbe> probes,
            FileReader files,
            boolean dynamic,
            TransformMessages transformMessages) {
        this.config = config;
        this.log = log;
        this.clock = clock;
        this.probes = probes;
        this.files = files;
        this.dynamic = dynamic;
        this.transformMessages = transformMessages;
    }

    /**
     * The functional-unit instrumentation is in place (or failed, or is not wanted). Until then the exporters wait,
     * so they never compete for the CPU with the install on the application's start-up path; the first energy
     * reading is taken before, as soon as the source is open.
     */
    void unitsInstalled() {
        unitsInstalled.countDown();
    }

    /** Adds {@code key = value} to the run configuration written in the measurement file; call before start. */
    void disclose(String key, String value) {
        disclosures.put(key, value);
    }

    /** Opens the GPU component with {@code opener} instead of NVML through JNA; before {@link #start}. */
    void openGpusWith(GpuOpener opener) {
        this.gpus = opener;
    }

    /** Starts the sampler thread and registers {@link #shutdown} as a JVM shutdown hook. */
    void start() {
        Thread hook = new Thread(this::shutdown, "sci4j-shutdown");
        hook.setContextClassLoader(Agent.class.getClassLoader());
        Runtime.getRuntime().addShutdownHook(hook);
        startSampler();
    }

    /** The sampler thread alone: tests call {@link #shutdown} themselves rather than leave a hook in their JVM. */
    void startSampler() {
        Thread t = AgentThreads.newThread(this::run, "sci4j-sampler");
        t.setContextClassLoader(Agent.class.getClassLoader());
        samplerThread = t;
        t.start();
    }

    private void run() {
        try {
            Running r = initialise();
            if (r == null) {
                return;
            }
            running = r;
            if (stop.getCount() == 0) {
                return; // shutdown began during initialisation: its flush writes the file, or has said it could not
            }
            // A file from the start on: a JVM that exits (or is killed) before the first interval, or whose final
            // write runs out of time on a saturated machine, still leaves its run on disk. Streamed, it costs a
            // few ms, and it loads what the final write needs off the exit path.
            r.writer.write();
            loop(r);
        } catch (Throwable t) {
            log.accept("agent disabled: " + t + "; the application runs without sci4j");
            closeEndpoint();
        }
    }

    /** The agent's CPU time: the sampler thread's, plus the Prometheus endpoint's once it serves. */
    private long withEndpoint(long samplerNanos) {
        Running r = running;
        PrometheusEndpoint endpoint = r == null ? null : r.endpoint;
        return samplerNanos < 0 || endpoint == null ? samplerNanos : samplerNanos + endpoint.cpuNanos();
    }

    private Running initialise() {
        Instant startedAt = clock.now();
        SystemProbe probe = probes.get();
        int cores = config.cpuLogicalCores().orElseGet(probe::logicalCores);
        Attributor attributor = new Attributor(config.idlePolicy(), config.reservedCores(), cores);
        SampleStore store = new SampleStore(config.samplesMax());
        // Totals for Prometheus only when it is configured: keeping them costs the sampler a map look-up and a
        // tag string per counter every interval.
        AgentMetrics metrics = config.prometheusPort().isPresent() ? new AgentMetrics() : null;
        Sampler sampler = new Sampler(
                EnergySources.chain(config, probe, clock, files),
                probe,
                clock,
                attributor,
                store,
                metrics != null ? metrics : SampleListener.NONE,
                log);
        SelfCpu samplerThread = SelfCpu.ofThread(Thread.currentThread());
        sampler.measureSelfWith(() -> withEndpoint(samplerThread.cpuNanos()));
        UnitSampler units = new UnitSampler(config.unitsCpuSampled());
        sampler.attributeUnitsWith(units);
        if (!sampler.open()) {
            log.accept("agent disabled: no energy source could be opened; the application runs without sci4j");
            return null;
        }
        GpuMeter gpu = gpus.open(config, clock, log);
        if (gpu != null) {
            sampler.measureGpuWith(gpu, config.gpu().unitKind());
            if (metrics != null) {
                metrics.gpuDevices(gpu.info().devices());
            }
        }
        RunMetadata base = RunMetadata.builder()
                .runId(newRunId())
                .startedAt(startedAt)
                .endedAt(startedAt)
                .hostName(probe.hostName())
                .os(probe.os())
                .cpuModel(config.cpuModel() != null ? config.cpuModel() : probe.cpuModel())
                .logicalCores(cores)
                .jvmVendor(System.getProperty("java.vm.vendor", ""))
                .jvmVersion(System.getProperty("java.runtime.version", System.getProperty("java.version", "")))
                .pid(ProcessId.current())
                .agentVersion(version())
                .energySource(sampler.sourceInfo())
                .attribution(attributor
                        .describe()
                        .withUnitCpuSampling(units.sampling())
                        .withGpu(gpu == null ? null : gpu.describePolicy()))
                .gpu(gpu == null ? null : gpu.info())
                .configuration(configuration())
                .build();
        MeasurementWriter writer = new MeasurementWriter(
                config.output().toAbsolutePath(),
                store,
                () -> base.toBuilder()
                        .endedAt(clock.now())
                        .energySource(sampler.sourceInfo())
                        .warnings(VirtualThreadHooks.warnings())
                        .build(),
                log);
        log.accept(describe(sampler.sourceInfo(), base.attribution(), writer));
        if (gpu != null) {
            log.accept("GPU energy: " + gpu.info());
        }
        return new Running(sampler, writer, metrics);
    }

    /**
     * The file with its first sample and, if configured, the Prometheus registry and endpoint (~0.16 s of CPU on
     * a small VM): done at the first interval rather than at once, so that they do not compete with the
     * application's own start-up; totals are kept meanwhile.
     */
    private void startExporters(Running r) {
        awaitUnitsInstalled();
        r.writer.write();
        if (config.prometheusPort().isPresent()) {
            PrometheusEndpoint endpoint = startEndpoint(r.metrics);
            r.endpoint = endpoint;
            if (endpoint != null) {
                log.accept(
                        "Prometheus metrics on http://" + config.prometheusHost() + ":" + endpoint.port() + "/metrics");
            }
        }
    }

    /** Bounded, and released by shutdown too, so the final flush always finds the agent initialised. */
    private void awaitUnitsInstalled() {
        try {
            unitsInstalled.await(INSTALL_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private PrometheusEndpoint startEndpoint(AgentMetrics metrics) {
        if (config.prometheusPort().isEmpty()) {
            return null;
        }
        try {
            return PrometheusEndpoint.start(
                    config.prometheusHost(), config.prometheusPort().getAsInt(), metrics);
        } catch (IOException | RuntimeException e) {
            log.accept("Prometheus endpoint off: cannot listen on " + config.prometheusHost() + ":"
                    + config.prometheusPort().getAsInt() + " (" + e + "); the measurement file is still written");
            return null;
        }
    }

    private Map<String, String> configuration() {
        if (disclosures.isEmpty()) {
            return config.effective();
        }
        Map<String, String> all = new TreeMap<>(config.effective());
        all.putAll(disclosures);
        return all;
    }

    private String describe(EnergySourceInfo source, Attribution attribution, MeasurementWriter writer) {
        // Concatenation, not String.format: see Decimals.
        return (dynamic ? "attached" : "started") + ": energy from "
                + source.kind().id() + " (accuracy class "
                + source.accuracyClass() + ", ±"
                + Math.round(source.accuracyClass().relativeUncertainty() * 100)
                + " %), attribution " + attribution + "; file " + writer.file() + " every "
                + config.outputWriteIntervals() + " intervals of "
                + config.effective().get("interval");
    }

    private void loop(Running r) throws InterruptedException {
        long intervalNanos = config.interval().toNanos();
        long next = clock.nanoTime() + intervalNanos;
        long count = 0;
        while (r.sampler.isOpen()) {
            long wait = next - clock.nanoTime();
            if (wait > 0 ? clock.await(stop, wait) : stop.getCount() == 0) {
                return;
            }
            r.sampler.sampleOnce();
            transformMessages.drainTo(log);
            if (++count == 1) {
                startExporters(r);
            } else if (count % config.outputWriteIntervals() == 0) {
                r.writer.write();
            }
            long now = clock.nanoTime();
            next += intervalNanos;
            if (next < now) {
                next = now + intervalNanos; // after a long pause (GC, suspended VM) do not sample in a burst
            }
        }
    }

    /**
     * Shutdown hook: last sample and final file on a daemon thread, waited for at most the budget. When time
     * runs out, the line says what is on disk: the last periodic write, or nothing.
     */
    void shutdown() {
        stop.countDown();
        unitsInstalled.countDown();
        Thread flush = new Thread(this::flush, "sci4j-final-flush");
        flush.setDaemon(true);
        flush.setContextClassLoader(Agent.class.getClassLoader());
        flush.start();
        try {
            flush.join(SHUTDOWN_BUDGET_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (flush.isAlive()) {
            log.accept("final measurement not written within " + SHUTDOWN_BUDGET_MILLIS + " ms; " + onDisk());
        }
    }

    private void flush() {
        try {
            transformMessages.drainTo(log);
            Thread sampler = samplerThread;
            if (sampler != null) {
                // Let initialisation or the current sample finish, leaving a quarter of the budget for the write.
                sampler.join(SHUTDOWN_BUDGET_MILLIS * 3 / 4);
            }
            Running r = running;
            if (r == null) {
                if (sampler != null && sampler.isAlive()) {
                    log.accept("final measurement not written: the agent was still starting after "
                            + SHUTDOWN_BUDGET_MILLIS * 3 / 4 + " ms; " + onDisk());
                }
                return;
            }
            r.sampler.sampleOnce();
            r.writer.write();
        } catch (Throwable t) {
            log.accept("final measurement failed: " + t);
        } finally {
            closeEndpoint();
        }
    }

    /** What the measurement file holds now, for the lines that say the final write did not happen. */
    private String onDisk() {
        Running r = running;
        if (r != null) {
            return r.writer.onDisk();
        }
        return MeasurementWriter.nothingWritten(config.output().toAbsolutePath());
    }

    private void closeEndpoint() {
        Running r = running;
        if (r != null && r.endpoint != null) {
            r.endpoint.close();
        }
    }

    /**
     * A version-4 UUID drawn from {@link ThreadLocalRandom}, not {@link UUID#randomUUID}: the id must be unique,
     * not unguessable, and {@code SecureRandom}'s providers and seeding cost a short-lived JVM ~20 ms. The pid is
     * mixed in so that two JVMs seeded in the same nanosecond still differ.
     */
    static String newRunId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = ((random.nextLong() ^ (ProcessId.current() << 20)) & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    private static String version() {
        try (InputStream in = Agent.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
