package dev.sci4j.agent.bootstrap;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The current thread's CPU time in nanoseconds, never truncated. Returns −1 when it is unknown: thread CPU
 * time unsupported or disabled, or the current thread is virtual (JDK 21+, where
 * {@code getCurrentThreadCpuTime} returns −1). Callers must skip such readings, never add them.
 */
public final class ThreadCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean SUPPORTED = enable();

    private ThreadCpu() {}

    private static boolean enable() {
        try {
            if (!THREADS.isCurrentThreadCpuTimeSupported()) {
                return false;
            }
            if (!THREADS.isThreadCpuTimeEnabled()) {
                THREADS.setThreadCpuTimeEnabled(true);
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** CPU nanoseconds of the current thread, or −1 when unknown. */
    public static long nowNanos() {
        return SUPPORTED ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    /** Whether thread CPU time can be read at all in this JVM. */
    public static boolean supported() {
        return SUPPORTED;
    }
}
