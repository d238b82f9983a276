package dev.sci4j.agent.attribution;

/**
 * One interval's machine energy and the process's share of it, joules. Invariants (checked by tests and by
 * the measurement format): {@code machineActive + machineIdle} = the CPU-side energy; each process part is at
 * most its machine part; nothing is negative. Immutable and thread-safe.
 */
public final class Split {
    private final double machineActiveJoules;
    private final double machineIdleJoules;
    private final double machineMemoryJoules;
    private final double processActiveJoules;
    private final double processIdleJoules;
    private final double processMemoryJoules;

    Split(
            double machineActiveJoules,
            double machineIdleJoules,
            double machineMemoryJoules,
            double processActiveJoules,
            double processIdleJoules,
            double processMemoryJoules) {
        this.machineActiveJoules = machineActiveJoules;
        this.machineIdleJoules = machineIdleJoules;
        this.machineMemoryJoules = machineMemoryJoules;
        this.processActiveJoules = processActiveJoules;
        this.processIdleJoules = processIdleJoules;
        this.processMemoryJoules = processMemoryJoules;
    }

    public double machineActiveJoules() {
        return machineActiveJoules;
    }

    public double machineIdleJoules() {
        return machineIdleJoules;
    }

    public double machineMemoryJoules() {
        return machineMemoryJoules;
    }

    public double processActiveJoules() {
        return processActiveJoules;
    }

    public double processIdleJoules() {
        return processIdleJoules;
    }

    public double processMemoryJoules() {
        return processMemoryJoules;
    }

    public double processTotalJoules() {
        return processActiveJoules + processIdleJoules + processMemoryJoules;
    }
}
