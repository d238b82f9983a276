package dev.sci4j.agent.gpu;

import dev.sci4j.agent.clock.Clock;
import dev.sci4j.agent.config.GpuSettings;
import dev.sci4j.measurement.IdlePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Opens the GPU component from the configuration, or explains in one line why there is none ({@code gpu=off}
 * says nothing). Without {@code gpu.library}, a host whose kernel has no NVIDIA driver ({@value #DRIVER_DIR}
 * absent, as outside containers that are given a GPU) is settled without loading JNA or NVML, so the agent costs
 * such hosts nothing more. Never throws.
 */
public final class Gpus {
    /** Present wherever the NVIDIA kernel driver is loaded (and mounted into GPU containers). */
    static final String DRIVER_DIR = "/proc/driver/nvidia";

    /** Loads NVML; the seam tests replace. */
    public interface Loader {
        Nvml load(String libraryPath) throws NvmlException;
    }

    private Gpus() {}

    /** The GPU meter, or null (after at most one line) when the component is off or unavailable. */
    public static GpuMeter open(GpuSettings settings, IdlePolicy idlePolicy, Clock clock, Consumer<String> log) {
        return open(settings, idlePolicy, clock, log, JnaNvml::load, Path.of(DRIVER_DIR));
    }

    static GpuMeter open(
            GpuSettings settings,
            IdlePolicy idlePolicy,
            Clock clock,
            Consumer<String> log,
            Loader loader,
            Path driverDir) {
        if (!settings.enabled()) {
            return null;
        }
        if (settings.library() == null && !Files.isDirectory(driverDir)) {
            log.accept("GPU component off: no NVIDIA driver (" + driverDir + " absent); gpu=off silences this line");
            return null;
        }
        Nvml nvml;
        try {
            nvml = loader.load(settings.library());
        } catch (NvmlException | RuntimeException | LinkageError e) {
            log.accept("GPU component off: NVML not available (" + e.getMessage() + ")");
            return null;
        }
        ServicePids pids = settings.policy() == GpuSettings.Policy.PIDS
                ? ServicePids.of(settings.pids(), settings.processes())
                : ServicePids.self();
        GpuMeter meter = GpuMeter.open(nvml, settings, idlePolicy, pids, clock, log);
        if (meter == null) {
            nvml.close();
        }
        return meter;
    }
}
