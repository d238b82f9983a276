package dev.sci4j.agent.gpu;

import java.util.List;

/**
 * The NVML calls the agent needs, by device index: the seam between the GPU meter and {@code libnvidia-ml}
 * ({@link JnaNvml} in production, a scripted fake in tests). Units are NVML's: millijoules, milliwatts, percent,
 * microseconds. Used by the one sampler thread; implementations need not be thread-safe.
 */
public interface Nvml {
    /** Devices visible to this process. */
    int deviceCount() throws NvmlException;

    /** The device's product name, e.g. {@code NVIDIA H200}. */
    String name(int device) throws NvmlException;

    /** The device's UUID, {@code GPU-…}. */
    String uuid(int device) throws NvmlException;

    /**
     * Energy since the driver was loaded, millijoules ({@code nvmlDeviceGetTotalEnergyConsumption}, Volta and
     * newer). Restarts from 0 when the driver reloads.
     *
     * @throws NvmlException {@link NvmlException#notSupported()} on older devices
     */
    long totalEnergyMillijoules(int device) throws NvmlException;

    /** The device's power draw now, milliwatts ({@code nvmlDeviceGetPowerUsage}; averaged by the driver). */
    long powerMilliwatts(int device) throws NvmlException;

    /** The device's GPU utilisation over NVML's last sample period, percent ({@code nvmlDeviceGetUtilizationRates}). */
    int utilizationPercent(int device) throws NvmlException;

    /**
     * Per-process SM utilisation samples newer than {@code sinceMicros} ({@code nvmlDeviceGetProcessUtilization});
     * empty when there is none.
     */
    List<ProcessSample> processUtilization(int device, long sinceMicros) throws NvmlException;

    /** Process ids with a compute context on the device ({@code nvmlDeviceGetComputeRunningProcesses}). */
    long[] computeProcesses(int device) throws NvmlException;

    /** Releases the library ({@code nvmlShutdown}); never throws. */
    void close();

    /** One process-utilisation sample: the process, when (µs since the epoch) and its SM utilisation, percent. */
    final class ProcessSample {
        private final long pid;
        private final long timestampMicros;
        private final int smPercent;

        public ProcessSample(long pid, long timestampMicros, int smPercent) {
            if (smPercent < 0) {
                throw new IllegalArgumentException("smPercent must be >= 0, was " + smPercent);
            }
            this.pid = pid;
            this.timestampMicros = timestampMicros;
            this.smPercent = smPercent;
        }

        public long pid() {
            return pid;
        }

        public long timestampMicros() {
            return timestampMicros;
        }

        public int smPercent() {
            return smPercent;
        }
    }
}
