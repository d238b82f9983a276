package dev.sci4j.agent.sampler;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the agent's own threads (the sampler, and the Prometheus endpoint's worker once it serves),
 * nanoseconds, cumulative. A seam for tests. Thread-safe.
 */
@FunctionalInterface
public interface SelfCpu {
    /** Cumulative CPU time of the agent's threads, ns; -1 when unknown. */
    long cpuNanos();

    /** Reads {@code thread}'s CPU time through {@link ThreadMXBean}; -1 if unsupported or the thread ended. */
    static SelfCpu ofThread(Thread thread) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (!mx.isThreadCpuTimeSupported()) {
            return () -> -1;
        }
        if (!mx.isThreadCpuTimeEnabled()) {
            mx.setThreadCpuTimeEnabled(true);
        }
        long id = thread.getId();
        return () -> mx.getThreadCpuTime(id);
    }
}
