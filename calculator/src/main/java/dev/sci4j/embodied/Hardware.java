package dev.sci4j.embodied;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A server's configuration as far as its embodied emissions depend on it: CPU sockets, DRAM, drives and GPUs.
 * Immutable and thread-safe.
 *
 * @param cpuSockets physical CPUs, at least 1
 * @param memoryGb   installed DRAM, GB, at least 0
 * @param ssdCount   solid-state drives, at least 0
 * @param hddCount   hard disk drives, at least 0
 * @param gpuCount   GPU cards, at least 0
 * @param name       what the hardware is, e.g. "Dell PowerEdge R740", for disclosure; may be empty
 */
public record Hardware(
        int cpuSockets, double memoryGb, int ssdCount, int hddCount, int gpuCount, Optional<String> name) {

    public Hardware {
        HardwareComponent.CPU_SOCKETS.check(cpuSockets);
        HardwareComponent.MEMORY_GB.check(memoryGb);
        HardwareComponent.SSD.check(ssdCount);
        HardwareComponent.HDD.check(hddCount);
        HardwareComponent.GPU.check(gpuCount);
        name = Objects.requireNonNullElse(name, Optional.<String>empty()).filter(n -> !n.isBlank());
    }

    /** Unnamed hardware. */
    public Hardware(int cpuSockets, double memoryGb, int ssdCount, int hddCount, int gpuCount) {
        this(cpuSockets, memoryGb, ssdCount, hddCount, gpuCount, Optional.empty());
    }

    /**
     * Reads a hardware file, YAML ({@code .yaml}, {@code .yml}, or any other name) or JSON ({@code .json}),
     * holding a mapping with {@code cpuSockets} and {@code memoryGb} (required), {@code ssdCount},
     * {@code hddCount} and {@code gpuCount} (absent means none) and an optional {@code name}. Unknown fields,
     * negative or fractional counts are errors naming the file, the line and the field.
     */
    public static Hardware read(Path file) {
        return HardwareFile.read(file);
    }
}
