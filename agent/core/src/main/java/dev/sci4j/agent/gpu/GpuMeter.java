package dev.sci4j.agent.gpu;

import dev.sci4j.agent.clock.Clock;
import dev.sci4j.agent.config.GpuSettings;
import dev.sci4j.agent.config.GpuSettings.Policy;
import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.measurement.GpuDevice;
import dev.sci4j.measurement.GpuInfo;
import dev.sci4j.measurement.IdlePolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * GPU energy per sampling window, through {@link Nvml}, and the process's share of it.
 *
 * <p>Energy per device: NVML's cumulative counter (mJ) where the device has one — a decrease is a reset (driver
 * reload), and the window is {@link GpuWindow#DROPPED}, never negative or zero-filled — else its power reading
 * taken once per window and integrated by trapezoids (misses changes between readings, hence accuracy class B).
 * A failing read keeps the device's baseline (the next good read spans the gap); after {@value
 * #FAILURES_BEFORE_DROP} failures in a row the device is dropped (one line), its energy since the last good
 * read lost.
 *
 * <p>Share per device: {@code device} policy — all of an owned device's energy; {@code process} and {@code pids}
 * — as the CPU's active split: {@code active = energy × device utilisation}, the process gets {@code active ×
 * its SM-utilisation share} (the service's processes' SM samples over all processes' in the window; where the
 * device gives no samples, its share of the running compute processes) plus, unless {@code idle.policy=none},
 * {@code idle × the same share}. A process that used no SM in the window gets nothing. Not thread-safe: the
 * sampler thread only.
 */
public final class GpuMeter {
    static final int FAILURES_BEFORE_DROP = 3;

    private final Nvml nvml;
    private final GpuSettings settings;
    private final IdlePolicy idlePolicy;
    private final ServicePids service;
    private final Clock clock;
    private final Consumer<String> log;
    private final List<Device> devices;
    private final GpuInfo info;
    private final Set<String> logged = new HashSet<>();

    /** One device's baselines. */
    private static final class Device {
        final int index;
        final GpuDevice id;
        final boolean counter;
        long previousMillijoules;
        double previousWatts;
        long previousNanos;
        long lastSeenMicros;
        boolean samplesUnsupported;
        int failures;

        Device(int index, GpuDevice id, boolean counter) {
            this.index = index;
            this.id = id;
            this.counter = counter;
        }
    }

    private GpuMeter(
            Nvml nvml,
            GpuSettings settings,
            IdlePolicy idlePolicy,
            ServicePids service,
            Clock clock,
            Consumer<String> log,
            List<Device> devices) {
        this.nvml = nvml;
        this.settings = settings;
        this.idlePolicy = idlePolicy;
        this.service = service;
        this.clock = clock;
        this.log = log;
        this.devices = devices;
        this.info = describe(devices);
    }

    /**
     * Lists the devices and takes the first readings.
     *
     * @return null, after one line to {@code log}, when there is no device or none can be read
     */
    public static GpuMeter open(
            Nvml nvml,
            GpuSettings settings,
            IdlePolicy idlePolicy,
            ServicePids service,
            Clock clock,
            Consumer<String> log) {
        List<Device> devices = new ArrayList<>();
        List<String> unusable = new ArrayList<>();
        int count;
        try {
            count = nvml.deviceCount();
        } catch (NvmlException | RuntimeException e) {
            log.accept("GPU component off: cannot count NVIDIA devices (" + e.getMessage() + ")");
            return null;
        }
        long now = clock.nanoTime();
        long wallMicros = clock.now().toEpochMilli() * 1000;
        for (int i = 0; i < count; i++) {
            try {
                Device d = first(nvml, i, now);
                d.lastSeenMicros = wallMicros;
                devices.add(d);
            } catch (NvmlException | RuntimeException e) {
                unusable.add("device " + i + ": " + e.getMessage());
            }
        }
        if (devices.isEmpty()) {
            log.accept("GPU component off: "
                    + (count == 0 ? "NVML sees no device" : "no device can be read (" + unusable + ")"));
            return null;
        }
        if (!unusable.isEmpty()) {
            log.accept("GPU devices not measured: " + unusable);
        }
        return new GpuMeter(nvml, settings, idlePolicy, service, clock, log, devices);
    }

    private static Device first(Nvml nvml, int index, long now) throws NvmlException {
        GpuDevice id = new GpuDevice(index, nvml.name(index), nvml.uuid(index));
        Device d;
        try {
            long mj = nvml.totalEnergyMillijoules(index);
            d = new Device(index, id, true);
            d.previousMillijoules = mj;
        } catch (NvmlException e) {
            if (!e.notSupported()) {
                throw e;
            }
            d = new Device(index, id, false);
            d.previousWatts = nvml.powerMilliwatts(index) / 1000.0;
        }
        d.previousNanos = now;
        return d;
    }

    /** The devices, method and accuracy, for {@code run.gpu}. */
    public GpuInfo info() {
        return info;
    }

    /** The policy as stated in {@code run.attribution.gpu}. */
    public String describePolicy() {
        String units = settings.unitKind() != null
                ? "all to units '" + settings.unitKind() + "' (unattributed in windows without one)"
                : "to units by their CPU-attributed energy";
        String share;
        switch (settings.policy()) {
            case DEVICE:
                share = "device: all energy of devices " + settings.devicesText();
                break;
            case PIDS:
                share = "pids: SM-utilisation share of this JVM and pids " + settings.pids()
                        + (settings.processes() != null ? " and processes /" + settings.processes() + "/" : "")
                        + " on each device, idle " + idlePolicy.id();
                break;
            default:
                share = "process: SM-utilisation share of this JVM on each device, idle " + idlePolicy.id();
        }
        return share + " (active = energy x device utilisation); units: " + units;
    }

    /** The energy since the previous call (or since {@link #open}), and the process's share. */
    public GpuWindow read() {
        if (devices.isEmpty()) {
            return GpuWindow.NONE;
        }
        long now = clock.nanoTime();
        Set<Long> pids = settings.policy() == Policy.DEVICE ? Collections.emptySet() : service.current();
        double machine = 0;
        double process = 0;
        boolean reset = false;
        for (Device d : new ArrayList<>(devices)) {
            double joules;
            try {
                joules = energy(d, now);
            } catch (NvmlException | RuntimeException e) {
                onFailure(d, e);
                continue;
            }
            if (joules < 0) {
                reset = true;
                continue;
            }
            machine += joules;
            process += share(d, joules, pids);
        }
        if (reset) {
            return GpuWindow.DROPPED;
        }
        return devices.isEmpty() ? GpuWindow.NONE : GpuWindow.of(machine, process);
    }

    /** The device's energy since its baseline, J, advancing it; negative after a reset (baseline taken anew). */
    private double energy(Device d, long now) throws NvmlException {
        double joules;
        if (d.counter) {
            long mj = nvml.totalEnergyMillijoules(d.index);
            if (mj < d.previousMillijoules) {
                logOnce(
                        "reset" + d.index,
                        "GPU " + d.id + ": energy counter went back from " + d.previousMillijoules + " to " + mj
                                + " mJ (driver reloaded?); that window is dropped");
                joules = -1;
            } else {
                joules = (mj - d.previousMillijoules) / 1000.0;
            }
            d.previousMillijoules = mj;
        } else {
            double watts = nvml.powerMilliwatts(d.index) / 1000.0;
            joules = (watts + d.previousWatts) / 2 * Math.max(0, now - d.previousNanos) / 1e9;
            d.previousWatts = watts;
        }
        d.previousNanos = now;
        d.failures = 0;
        return joules;
    }

    private void onFailure(Device d, Exception e) {
        d.failures++;
        if (d.failures >= FAILURES_BEFORE_DROP) {
            devices.remove(d);
            log.accept("GPU " + d.id + " no longer measured after " + d.failures + " failed reads (" + e.getMessage()
                    + ")" + (devices.isEmpty() ? "; no GPU left, the GPU component stops" : ""));
        } else {
            logOnce(
                    "read" + d.index,
                    "GPU " + d.id + ": reading failed (" + e.getMessage() + "); the next good reading covers the gap");
        }
    }

    /** The service's part of {@code joules} on device {@code d}. */
    private double share(Device d, double joules, Set<Long> pids) {
        if (settings.policy() == Policy.DEVICE) {
            return settings.ownsDevice(d.index) ? joules : 0;
        }
        double serviceShare = serviceShare(d, pids);
        if (serviceShare <= 0) {
            return 0;
        }
        double busy = utilisation(d);
        double active = joules * busy;
        double idle = joules - active;
        return active * serviceShare + (idlePolicy == IdlePolicy.NONE ? 0 : idle * serviceShare);
    }

    private double utilisation(Device d) {
        try {
            return clamp01(nvml.utilizationPercent(d.index) / 100.0);
        } catch (NvmlException | RuntimeException e) {
            logOnce(
                    "util" + d.index,
                    "GPU " + d.id + ": no utilisation reading (" + e.getMessage()
                            + "); its energy counts as all active");
            return 1;
        }
    }

    /** The service's fraction of the SM utilisation on the device in the window, 0..1. */
    private double serviceShare(Device d, Set<Long> pids) {
        if (!d.samplesUnsupported) {
            try {
                List<Nvml.ProcessSample> samples = nvml.processUtilization(d.index, d.lastSeenMicros);
                double all = 0;
                double ours = 0;
                for (Nvml.ProcessSample s : samples) {
                    d.lastSeenMicros = Math.max(d.lastSeenMicros, s.timestampMicros());
                    all += s.smPercent();
                    if (pids.contains(s.pid())) {
                        ours += s.smPercent();
                    }
                }
                return all > 0 ? ours / all : 0;
            } catch (NvmlException | RuntimeException e) {
                d.samplesUnsupported = true;
                logOnce(
                        "samples" + d.index,
                        "GPU " + d.id + ": no per-process utilisation (" + e.getMessage()
                                + "); shares by running compute processes instead");
            }
        }
        try {
            long[] running = nvml.computeProcesses(d.index);
            long ours = java.util.Arrays.stream(running).filter(pids::contains).count();
            return running.length > 0 ? (double) ours / running.length : 0;
        } catch (NvmlException | RuntimeException e) {
            logOnce(
                    "procs" + d.index,
                    "GPU " + d.id + ": no process list either (" + e.getMessage()
                            + "); the process gets none of its energy");
            return 0;
        }
    }

    private static GpuInfo describe(List<Device> devices) {
        boolean anyCounter = devices.stream().anyMatch(d -> d.counter);
        boolean anyPower = devices.stream().anyMatch(d -> !d.counter);
        String method = anyCounter && anyPower
                ? GpuInfo.MIXED
                : anyCounter ? GpuInfo.ENERGY_COUNTER : GpuInfo.POWER_INTEGRATION;
        String detail = "NVML; "
                + devices.stream()
                        .map(d -> "device " + d.index + " " + d.id.name() + ": "
                                + (d.counter
                                        ? "total energy counter (mJ)"
                                        : "power readings integrated once per interval (no energy counter)"))
                        .collect(Collectors.joining("; "));
        return new GpuInfo(
                devices.stream().map(d -> d.id).collect(Collectors.toList()),
                method,
                detail,
                anyPower ? AccuracyClass.B : AccuracyClass.A);
    }

    private static double clamp01(double x) {
        return Double.isFinite(x) ? Math.max(0, Math.min(1, x)) : 0;
    }

    private void logOnce(String key, String message) {
        if (logged.add(key)) {
            log.accept(message);
        }
    }
}
