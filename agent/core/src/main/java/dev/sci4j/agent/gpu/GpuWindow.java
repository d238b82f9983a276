package dev.sci4j.agent.gpu;

/**
 * One sampling window's GPU energy, joules: all measured devices ({@link #machineJoules()}) and the process's
 * share ({@link #processJoules()}, at most the machine's). {@link #NONE}: no GPU component; {@link #DROPPED}: a
 * counter was reset in the window, so the window must be dropped (never a negative or a zero). Immutable.
 */
public final class GpuWindow {
    /** No GPU is measured. */
    public static final GpuWindow NONE = new GpuWindow(false, false, 0, 0);
    /** The window cannot be measured (a counter went backwards); the sampler drops it. */
    public static final GpuWindow DROPPED = new GpuWindow(true, true, 0, 0);

    private final boolean measured;
    private final boolean dropped;
    private final double machineJoules;
    private final double processJoules;

    private GpuWindow(boolean measured, boolean dropped, double machineJoules, double processJoules) {
        this.measured = measured;
        this.dropped = dropped;
        this.machineJoules = machineJoules;
        this.processJoules = processJoules;
    }

    /** A measured window; the process share is capped at the machine's (rounding) and never negative. */
    public static GpuWindow of(double machineJoules, double processJoules) {
        double machine = Math.max(0, machineJoules);
        return new GpuWindow(true, false, machine, Math.max(0, Math.min(machine, processJoules)));
    }

    /** Whether the window has GPU figures to record. */
    public boolean measured() {
        return measured && !dropped;
    }

    public boolean dropped() {
        return dropped;
    }

    public double machineJoules() {
        return machineJoules;
    }

    public double processJoules() {
        return processJoules;
    }
}
