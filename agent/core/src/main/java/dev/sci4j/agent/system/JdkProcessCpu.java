package dev.sci4j.agent.system;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * This JVM's cumulative CPU time (user + kernel) from the JDK's {@code com.sun.management} bean: nanoseconds,
 * and no /proc parse. Both probes try it first. Thread-safe.
 */
final class JdkProcessCpu {
    private final com.sun.management.OperatingSystemMXBean bean; // null on a JDK without it

    JdkProcessCpu() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        bean = os instanceof com.sun.management.OperatingSystemMXBean
                ? (com.sun.management.OperatingSystemMXBean) os
                : null;
    }

    /** Seconds, or −1 when the JDK cannot tell (the caller then asks another source). */
    double seconds() {
        long ns = bean != null ? bean.getProcessCpuTime() : -1;
        return ns >= 0 ? ns / 1e9 : -1;
    }
}
