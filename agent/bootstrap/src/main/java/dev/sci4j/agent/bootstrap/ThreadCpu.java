package dev.sci4j.agent.bootstrap;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The current thread's CPU time in nanoseconds, never truncated. On a virtual thread (JDK 21+, where
 * {@code getCurrentThreadCpuTime} returns −1) it is the time {@link VirtualThreadCpu} kept over its mounts,
 * where installed. Returns −1 when it is unknown: thread CPU time unsupported or disabled, or a virtual thread
 * without {@link VirtualThreadCpu}. Callers must skip such readings, never add them. Thread-safe.
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

    /** The platform-thread reading: the JMX one, replaced only by tests (to play a virtual thread). */
    private static PlatformClock platform = () -> SUPPORTED ? THREADS.getCurrentThreadCpuTime() : -1;

    /** The current platform thread's own CPU clock, ns, or −1 (always on a virtual thread). */
    interface PlatformClock {
        long nowNanos();
    }

    /** CPU nanoseconds of the current thread, or −1 when unknown. */
    public static long nowNanos() {
        long own = platform.nowNanos();
        return own >= 0 ? own : VirtualThreadCpu.nowNanos();
    }

    /** For tests: reads {@code clock} instead of JMX; returns the previous clock, to put back. */
    static PlatformClock useForTests(PlatformClock clock) {
        PlatformClock previous = platform;
        platform = clock;
        return previous;
    }

    /** Whether thread CPU time can be read at all in this JVM. */
    public static boolean supported() {
        return SUPPORTED;
    }
}
