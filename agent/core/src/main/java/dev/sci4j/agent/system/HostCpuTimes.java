package dev.sci4j.agent.system;

/**
 * Cumulative CPU time of the whole host over all logical cores since boot, in seconds: {@code busySeconds}
 * (user, nice, system, irq, softirq) and {@code totalSeconds} (busy + idle + iowait + steal).
 * Immutable and thread-safe.
 */
public final class HostCpuTimes {
    private final double busySeconds;
    private final double totalSeconds;

    public HostCpuTimes(double busySeconds, double totalSeconds) {
        this.busySeconds = busySeconds;
        this.totalSeconds = totalSeconds;
    }

    public double busySeconds() {
        return busySeconds;
    }

    public double totalSeconds() {
        return totalSeconds;
    }
}
