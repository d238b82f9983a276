package dev.sci4j.measurement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The GPUs measured and how: optional JSON object {@code run.gpu} (absent = no GPU component; files written
 * before it existed read unchanged). Fields: {@code devices} ({@link GpuDevice}s), {@code method}
 * ({@value #ENERGY_COUNTER}: NVML's cumulative energy counter, mJ since the driver loaded; {@value
 * #POWER_INTEGRATION}: NVML's power reading sampled once per interval and integrated (trapezoids), which misses
 * changes between two readings; {@value #MIXED}: some devices each way), {@code detail} (free text, per device)
 * and {@code accuracyClass} (A for the counter, B where any device is integrated). The samples' {@code
 * machineJoules.gpu} and {@code processJoules.gpu} carry the energy. Immutable and thread-safe.
 */
public final class GpuInfo {
    public static final String ENERGY_COUNTER = "energy-counter";
    public static final String POWER_INTEGRATION = "power-integration";
    public static final String MIXED = "mixed";

    private final List<GpuDevice> devices;
    private final String method;
    private final String detail;
    private final AccuracyClass accuracyClass;

    @JsonCreator
    public GpuInfo(
            @JsonProperty("devices") List<GpuDevice> devices,
            @JsonProperty("method") String method,
            @JsonProperty("detail") String detail,
            @JsonProperty("accuracyClass") AccuracyClass accuracyClass) {
        this.devices = List.copyOf(Check.notNull(devices, "gpu.devices"));
        if (this.devices.isEmpty()) {
            throw new IllegalArgumentException("gpu.devices must list at least one device");
        }
        if (!ENERGY_COUNTER.equals(method) && !POWER_INTEGRATION.equals(method) && !MIXED.equals(method)) {
            throw new IllegalArgumentException("gpu.method must be " + ENERGY_COUNTER + ", " + POWER_INTEGRATION
                    + " or " + MIXED + ", was " + method);
        }
        this.method = method;
        this.detail = detail == null ? "" : detail;
        this.accuracyClass = Check.notNull(accuracyClass, "gpu.accuracyClass");
    }

    public List<GpuDevice> devices() {
        return devices;
    }

    /** {@value #ENERGY_COUNTER}, {@value #POWER_INTEGRATION} or {@value #MIXED}. */
    public String method() {
        return method;
    }

    public String detail() {
        return detail;
    }

    public AccuracyClass accuracyClass() {
        return accuracyClass;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GpuInfo)) {
            return false;
        }
        GpuInfo g = (GpuInfo) o;
        return devices.equals(g.devices)
                && method.equals(g.method)
                && detail.equals(g.detail)
                && accuracyClass == g.accuracyClass;
    }

    @Override
    public int hashCode() {
        return Objects.hash(devices, method, detail, accuracyClass);
    }

    @Override
    public String toString() {
        return devices.size() + " GPU(s) by " + method + " (accuracy class " + accuracyClass + "): " + detail;
    }
}
