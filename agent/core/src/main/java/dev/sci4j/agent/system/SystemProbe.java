package dev.sci4j.agent.system;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the agent reads about the host and its own process. A seam: production uses {@link #forThisHost()}
 * (/proc on Linux, OSHI elsewhere), tests a fake. Host CPU times are host-wide (/proc/stat on Linux), even
 * inside a container, because they are compared with host-wide energy. Not thread-safe: one sampler thread
 * uses it.
 */
public interface SystemProbe {
    /** Cumulative host CPU time, seconds. */
    HostCpuTimes hostCpuTimes();

    /** Cumulative CPU time (user + kernel) of this JVM process, seconds. */
    double processCpuSeconds();

    /** Resident set size of this process, bytes. */
    long processResidentBytes();

    /** Physical memory of the host, bytes. */
    long totalMemoryBytes();

    /** CPU model name as the OS reports it. */
    String cpuModel();

    int logicalCores();

    String hostName();

    /** Operating system family and version. */
    String os();

    /**
     * The probe for the host the JVM runs on. On Linux it reads /proc and starts OSHI only for what /proc cannot
     * answer, because OSHI's own start-up (~350 ms CPU, JNA, child processes) competes with the application's;
     * elsewhere it is {@link #oshi()}.
     */
    static SystemProbe forThisHost() {
        Path proc = Path.of("/proc");
        if (System.getProperty("os.name", "").startsWith("Linux") && Files.isReadable(proc.resolve("stat"))) {
            return new LinuxSystemProbe(proc, Path.of("/etc/os-release"), OshiSystemProbe::new);
        }
        return new OshiSystemProbe();
    }

    /** The OSHI-backed probe; holds one {@code SystemInfo} for the agent's lifetime. */
    static SystemProbe oshi() {
        return new OshiSystemProbe();
    }
}
