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

    /** The task itself when no unit is active on this thread (or it is already wrapped), else a carrier. */
    public static Runnable wrap(Runnable task) {
        if (task == null || task instanceof UnitTask) {
            return task;
        }
        int unit = UnitContext.activeUnit();
        return unit < 0 ? task : new UnitTask(task, unit);
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
