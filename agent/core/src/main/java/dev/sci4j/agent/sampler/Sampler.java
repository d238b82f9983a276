package dev.sci4j.agent.sampler;

import dev.sci4j.agent.attribution.Attributor;
import dev.sci4j.agent.attribution.ComponentRoles;
import dev.sci4j.agent.attribution.Split;
import dev.sci4j.agent.clock.Clock;
import dev.sci4j.agent.energy.EnergyReadException;
import dev.sci4j.agent.energy.EnergySource;
import dev.sci4j.agent.energy.EnergySourceChain;
import dev.sci4j.agent.gpu.GpuMeter;
import dev.sci4j.agent.gpu.GpuUnits;
import dev.sci4j.agent.gpu.GpuWindow;
import dev.sci4j.agent.system.HostCpuTimes;
import dev.sci4j.agent.system.SystemProbe;
import dev.sci4j.agent.units.UnitSampler;
import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.measurement.EnergySourceInfo;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.UnitSample;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Takes one sample per call of {@link #sampleOnce()}: reads the energy source, host and process CPU time and
 * resident memory, attributes the interval's energy to the process and stores the result. A failed energy read
 * extends the window to the next good one (no energy lost); an implausible one drops the window; after
 * {@value #FAILURES_BEFORE_FALLBACK} failures in a row the next source of the chain takes over (logged once).
 * Thread-safe by synchronization: the sampler thread calls it, the shutdown flush calls it once more.
 */
public final class Sampler {
    static final int FAILURES_BEFORE_FALLBACK = 3;

    private final EnergySourceChain chain;
    private final SystemProbe probe;
    private final Clock clock;
    private final Attributor attributor;
    private final SampleStore store;
    private final SampleListener listener;
    private final Consumer<String> log;
    private final long totalMemoryBytes;
    private final Set<String> logged = new HashSet<>();
    private SelfCpu selfCpu = () -> -1;
    private UnitSampler units;
    private GpuMeter gpu;
    private String gpuUnitKind;

    private EnergySource source;
    private EnergySourceInfo sourceInfo;
    private List<String> components;
    private ComponentRoles roles;
    private double[] previousJoules;
    private double[] currentJoules;
    private double[] deltaJoules;
    private HostCpuTimes previousHost;
    private double previousProcessCpuSeconds;
    private long previousSelfCpuNanos;
    private Instant windowStart;
    private int consecutiveFailures;

    public Sampler(
            EnergySourceChain chain,
            SystemProbe probe,
            Clock clock,
            Attributor attributor,
            SampleStore store,
            SampleListener listener,
            Consumer<String> log) {
        this.chain = chain;
        this.probe = probe;
        this.clock = clock;
        this.attributor = attributor;
        this.store = store;
        this.listener = listener;
        this.log = log;
        this.totalMemoryBytes = probe.totalMemoryBytes();
    }

    /** Measures the sampler's own CPU through this (by default: unknown, reported as 0). */
    public synchronized void measureSelfWith(SelfCpu selfCpu) {
        this.selfCpu = selfCpu;
        this.previousSelfCpuNanos = Math.max(0, selfCpu.cpuNanos());
    }

    /** Attributes each window's process active energy to the functional units these counters report. */
    public synchronized void attributeUnitsWith(UnitSampler units) {
        this.units = units;
    }

    /**
     * Adds GPU energy ({@code machineJoules.gpu}, {@code processJoules.gpu}) to every window; the process's GPU
     * energy goes to the units of kind {@code unitKind}, or with null to all units by their CPU-attributed energy.
     */
    public synchronized void measureGpuWith(GpuMeter gpu, String unitKind) {
        this.gpu = gpu;
        this.gpuUnitKind = unitKind;
    }

    /**
     * Opens the first working source and takes the baselines.
     *
     * @return false when no source could be opened (the agent then has nothing to measure)
     */
    public synchronized boolean open() {
        return switchTo(chain.openNext(log), null);
    }

    /** Provenance of the source in use (reflecting a fallback, if one happened). */
    public synchronized EnergySourceInfo sourceInfo() {
        return sourceInfo;
    }

    public synchronized boolean isOpen() {
        return source != null;
    }

    /** Takes one sample covering the time since the previous good one. Does nothing once no source is left. */
    public synchronized void sampleOnce() {
        if (source == null) {
            return;
        }
        Instant now = clock.now();
        try {
            source.readCumulativeJoules(currentJoules);
        } catch (EnergyReadException e) {
            onReadFailure(e, now);
            return;
        }
        consecutiveFailures = 0;
        HostCpuTimes host = probe.hostCpuTimes();
        double processCpu = probe.processCpuSeconds();
        long rss = probe.processResidentBytes();
        long selfNanos = selfCpu.cpuNanos();
        if (!now.isAfter(windowStart)) {
            return; // nothing elapsed (e.g. a final flush right after a sample)
        }
        GpuWindow g = gpu == null ? GpuWindow.NONE : gpu.read();
        if (g.dropped()) {
            dropWindow(now);
            return;
        }
        IntervalSample sample = attribute(now, host, processCpu, rss, selfNanos, g);
        store.add(sample);
        listener.onSample(sample, sourceInfo);
        advanceBaselines(now, host, processCpu, selfNanos);
    }

    /** The interval since the baselines, attributed, as a sample. */
    private IntervalSample attribute(
            Instant now, HostCpuTimes host, double processCpu, long rss, long selfNanos, GpuWindow gpuWindow) {
        for (int i = 0; i < currentJoules.length; i++) {
            deltaJoules[i] = Math.max(0, currentJoules[i] - previousJoules[i]);
        }
        double busy = Math.max(0, host.busySeconds() - previousHost.busySeconds());
        double total = Math.max(0, host.totalSeconds() - previousHost.totalSeconds());
        double processCpuDelta = Math.max(0, processCpu - previousProcessCpuSeconds);
        double residentShare = totalMemoryBytes > 0 ? (double) rss / totalMemoryBytes : 0;
        Split split = attributor.attribute(
                roles.cpuSide(deltaJoules), roles.memory(deltaJoules), processCpuDelta, busy, total, residentShare);
        IntervalSample.Builder b = IntervalSample.builder().window(windowStart, now);
        double gpuProcess = gpuWindow.processJoules();
        if (units != null) {
            double windowSeconds = Duration.between(windowStart, now).toNanos() / 1e9;
            // Without a unit kind for it, GPU energy follows the CPU-attributed energy (same joules per CPU ns).
            double unitJoules = split.processActiveJoules() + (gpuUnitKind == null ? gpuProcess : 0);
            Map<String, UnitSample> taken = units.take(unitJoules, processCpuDelta, windowSeconds);
            if (gpuUnitKind != null) {
                GpuUnits.give(taken, gpuUnitKind, gpuProcess);
            }
            taken.forEach(b::unit);
        }
        for (int i = 0; i < deltaJoules.length; i++) {
            b.machineJoules(components.get(i), deltaJoules[i]);
        }
        if (gpuWindow.measured()) {
            b.machineJoules(IntervalSample.GPU, gpuWindow.machineJoules())
                    .processJoules(IntervalSample.GPU, gpuProcess);
        }
        return b.machineActiveJoules(split.machineActiveJoules())
                .machineIdleJoules(split.machineIdleJoules())
                .machineMemoryJoules(split.machineMemoryJoules())
                .processJoules(IntervalSample.ACTIVE, split.processActiveJoules())
                .processJoules(IntervalSample.IDLE, split.processIdleJoules())
                .processJoules(IntervalSample.MEMORY, split.processMemoryJoules())
                .processCpuSeconds(processCpuDelta)
                .hostBusyCpuSeconds(busy)
                .hostTotalCpuSeconds(total)
                .samplerCpuSeconds(selfNanos >= 0 ? Math.max(0, selfNanos - previousSelfCpuNanos) / 1e9 : 0)
                .build();
    }

    private void advanceBaselines(Instant now, HostCpuTimes host, double processCpu, long selfNanos) {
        System.arraycopy(currentJoules, 0, previousJoules, 0, currentJoules.length);
        previousHost = host;
        previousProcessCpuSeconds = processCpu;
        if (selfNanos >= 0) {
            previousSelfCpuNanos = selfNanos;
        }
        windowStart = now;
    }

    /** A GPU counter reset: the whole window is dropped (CPU side too), so no sample lacks its GPU energy. */
    private void dropWindow(Instant now) {
        listener.onError(true);
        store.skipped();
        System.arraycopy(currentJoules, 0, previousJoules, 0, currentJoules.length);
        rebaseline(now);
    }

    private void onReadFailure(EnergyReadException e, Instant now) {
        consecutiveFailures++;
        listener.onError(e.rebaselined());
        logOnce(
                (e.rebaselined() ? "implausible:" : "read:") + sourceInfo.kind(),
                "energy reading failed (" + e.getMessage() + "); "
                        + (e.rebaselined() ? "that interval is dropped" : "the next good reading covers it")
                        + " (further failures of this kind are counted, not logged)");
        if (e.rebaselined()) {
            store.skipped();
            rebaseline(now);
        }
        if (consecutiveFailures >= FAILURES_BEFORE_FALLBACK) {
            EnergySourceInfo failed = sourceInfo;
            log.accept("energy source " + failed.kind().id() + " failed " + consecutiveFailures
                    + " times in a row; switching to the next source");
            store.skipped();
            if (!switchTo(chain.openNext(log), failed)) {
                log.accept("no energy source left; sampling stops (the files written so far remain)");
            }
        }
    }

    private boolean switchTo(EnergySource next, EnergySourceInfo failed) {
        source = next;
        if (next == null) {
            return false;
        }
        EnergySourceInfo info = next.info();
        if (failed != null) {
            AccuracyClass worse = info.accuracyClass().compareTo(failed.accuracyClass()) >= 0
                    ? info.accuracyClass()
                    : failed.accuracyClass();
            info = new EnergySourceInfo(
                    info.kind(),
                    info.detail() + " (fallback after " + failed.kind().id() + " failed at " + clock.now()
                            + "; earlier samples came from " + failed.kind().id() + ")",
                    worse);
        }
        sourceInfo = info;
        components = next.components();
        roles = new ComponentRoles(components);
        previousJoules = new double[components.size()];
        currentJoules = new double[components.size()];
        deltaJoules = new double[components.size()];
        consecutiveFailures = 0;
        try {
            next.readCumulativeJoules(previousJoules);
        } catch (EnergyReadException e) {
            // Stay at zero: cumulative counters start at 0 when opened, so the next delta is still right.
        }
        rebaseline(clock.now());
        return true;
    }

    /**
     * Restarts the window at {@code now} for CPU time. The energy baseline stays: a source that drops an
     * implausible delta leaves it out of its cumulative total, so the next delta excludes it by itself.
     */
    private void rebaseline(Instant now) {
        previousHost = probe.hostCpuTimes();
        previousProcessCpuSeconds = probe.processCpuSeconds();
        windowStart = now;
    }

    private void logOnce(String key, String message) {
        if (logged.add(key)) {
            log.accept(message);
        }
    }
}
