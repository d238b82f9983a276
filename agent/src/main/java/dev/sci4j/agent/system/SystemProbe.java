package dev.sci4j.agent.system;

/**
 * What the agent reads about the host and its own process. A seam: production uses {@link #oshi()}, tests a
 * fake. Host CPU times are host-wide (OSHI ticks from /proc/stat), even inside a container, because they are
 * compared with host-wide energy. Not thread-safe: one sampler thread uses it.
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

    /** The OSHI-backed probe; holds one {@code SystemInfo} for the agent's lifetime. */
    static SystemProbe oshi() {
        return new OshiSystemProbe();
    }
}
