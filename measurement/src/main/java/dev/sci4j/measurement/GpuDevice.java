package dev.sci4j.measurement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One GPU the agent measured: JSON object in {@code run.gpu.devices} with {@code index} (NVML's device index,
 * from 0), {@code name} (e.g. {@code NVIDIA H200}) and {@code uuid} (NVML's {@code GPU-…} identifier, stable
 * across reboots, unlike the index). Immutable and thread-safe.
 */
public final class GpuDevice {
    private final int index;
    private final String name;
    private final String uuid;

    @JsonCreator
    public GpuDevice(
            @JsonProperty("index") int index, @JsonProperty("name") String name, @JsonProperty("uuid") String uuid) {
        if (index < 0) {
            throw new IllegalArgumentException("gpu.devices.index must be >= 0, was " + index);
        }
        this.index = index;
        this.name = Check.notNull(name, "gpu.devices.name");
        this.uuid = Check.notNull(uuid, "gpu.devices.uuid");
    }

    public int index() {
        return index;
    }

    public String name() {
        return name;
    }

    public String uuid() {
        return uuid;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GpuDevice)) {
            return false;
        }
        GpuDevice d = (GpuDevice) o;
        return index == d.index && name.equals(d.name) && uuid.equals(d.uuid);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, name, uuid);
    }

    @Override
    public String toString() {
        return index + " " + name + " (" + uuid + ")";
    }
}
