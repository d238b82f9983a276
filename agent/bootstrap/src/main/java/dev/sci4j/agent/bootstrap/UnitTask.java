package dev.sci4j.agent.bootstrap;

/**
 * A task handed to an executor from inside a unit: it carries the unit id so the CPU time it spends on the
 * executor's thread goes to the same unit (context propagation). One object per hand-over, and only when a unit
 * is active; otherwise the task passes through unwrapped. Immutable; {@link #run()} may run on any thread.
 */
public final class UnitTask implements Runnable {
    private final Runnable task;
    private final int unitId;

    private UnitTask(Runnable task, int unitId) {
        this.task = task;
        this.unitId = unitId;
    }

    /**
     * The task itself when no unit is active on this thread, when it is already wrapped, or when it is a virtual
     * thread's continuation handed to its carrier pool; else a carrier of the unit.
     */
    public static Runnable wrap(Runnable task) {
        if (task == null || task instanceof UnitTask || isVirtualThreadContinuation(task)) {
            return task;
        }
        int unit = UnitContext.activeUnit();
        return unit < 0 ? task : new UnitTask(task, unit);
    }

    /**
     * Starting or unparking a virtual thread hands its continuation to the scheduler's pool from whatever thread
     * did it. Wrapping that would charge the virtual thread's CPU — measured on the carrier, until it next yields,
     * possibly for another unit's work — to the unit of the thread that happened to start or unpark it. Virtual
     * thread's CPU is measured by its own clock instead ({@link VirtualThreadCpu}). {@code Class.getName} is cached:
     * no allocation.
     */
    private static boolean isVirtualThreadContinuation(Runnable task) {
        return task.getClass().getName().startsWith("java.lang.VirtualThread");
    }

    @Override
    public void run() {
        UnitContext.resume(unitId);
        try {
            task.run();
        } finally {
            UnitContext.suspend();
        }
    }

    @Override
    public String toString() {
        return task.toString();
    }
}
