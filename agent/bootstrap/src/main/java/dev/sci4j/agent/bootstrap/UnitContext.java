package dev.sci4j.agent.bootstrap;

/**
 * The functional units open on one thread, as a small stack of frames, and the entry points the hooks call.
 *
 * <p>A frame is a counted unit (counted when it ends), a continuation (work of a unit handed to this thread by
 * an executor: its CPU time goes to the unit, but it is not counted again), or a pass-through (a unit nested
 * in another, which counts only the outer one unless declared {@code nested}). CPU time is exclusive: while an
 * inner counted unit or continuation runs, the outer one's clock is paused, so every CPU nanosecond goes to
 * one unit. Readings of −1 (a virtual thread, or no thread CPU time) are skipped: the unit is still counted and
 * its energy stays in the process's unattributed energy.
 *
 * <p>Reading a thread's CPU clock is a system call (~0.8 µs on a cloud VM), two per unit. For frequent units
 * the clock is read only for a random sample: when a unit tree starts on a thread (the outermost unit, or a
 * continuation), it is measured with probability 1/k, k being the unit's {@link UnitCounters#sampleEvery
 * sampling period}, and its CPU time is charged k times — an unbiased (Horvitz–Thompson) estimate of the
 * kind's CPU time. The whole tree shares the decision, so exclusive time stays exact within it. Units are
 * always counted, sampled or not.
 *
 * <p>One instance per thread (a {@link ThreadLocal}), created on the thread's first unit; nothing else is
 * allocated. Not thread-safe by design: only its own thread touches it.
 */
public final class UnitContext {
    /** Frames deeper than this are ignored (recursion of an instrumented method): counted once, at the top. */
    static final int MAX_FRAMES = 32;

    private static final int PASS_THROUGH = -1;

    private static final ThreadLocal<UnitContext> CURRENT = ThreadLocal.withInitial(UnitContext::new);

    private final int[] unit = new int[MAX_FRAMES];
    private final long[] startCpu = new long[MAX_FRAMES];
    private final boolean[] counted = new boolean[MAX_FRAMES];
    private final boolean[] failed = new boolean[MAX_FRAMES];
    /** An HTTP unit's exchange or response, asked for the status when the unit returns; null otherwise. */
    private final Object[] subject = new Object[MAX_FRAMES];
    /** A servlet unit's request, asked for its route and async state when the unit returns; null otherwise. */
    private final Object[] request = new Object[MAX_FRAMES];

    private int depth;
    /** CPU-time weight of the tree running now: its sampling period when measured, 0 when not. */
    private int weight;

    private long random = System.nanoTime() ^ (Thread.currentThread().getId() * 0x9E3779B97F4A7C15L) | 1;
    /** Index of the innermost frame with a unit (counted or continuation), or −1. */
    private int active = -1;

    private UnitContext() {}

    static UnitContext current() {
        return CURRENT.get();
    }

    /** Enters a unit on this thread; nested in another it passes through unless declared nested. */
    public static void enter(int unitId) {
        enter(unitId, null);
    }

    /** Enters an HTTP unit whose {@code subject} (exchange or response) tells its status when it returns. */
    static void enter(int unitId, Object subject) {
        current().push(unitId, UnitCounters.nested(unitId), subject);
    }

    /** Enters a servlet unit: its request names the route and tells whether it ends later (async). */
    static void enterServlet(int unitId, Object servletRequest, Object response) {
        UnitContext c = current();
        c.push(unitId, UnitCounters.nested(unitId), response);
        if (c.depth <= MAX_FRAMES && c.unit[c.depth - 1] == unitId) {
            c.request[c.depth - 1] = servletRequest;
        }
    }

    /** Enters a frame that counts nothing and leaves the clocks as they are (the agent's threads, re-dispatches). */
    static void enterPassThrough() {
        current().openPassThrough();
    }

    /** Leaves the innermost unit; {@code failed} when an exception escaped or the API says so. */
    public static void exit(boolean failed) {
        current().pop(failed);
    }

    /** Leaves the innermost unit on a normal return: failed only if its subject's status is 500 or more. */
    static void exitReturning() {
        UnitContext c = current();
        int frame = c.depth - 1;
        Object s = frame >= 0 && frame < MAX_FRAMES ? c.subject[frame] : null;
        Object r = s == null ? null : c.request[frame];
        if (r != null) {
            c.nameRoute(frame); // the framework's route, known now
            if (ServletAsync.endsAtCompletion(c.unit[frame], r, s)) {
                c.counted[frame] = false; // the listener counts it, once, with the final status
            }
        }
        c.pop(s != null && HttpSubjects.status(s) >= 500);
    }

    /** Marks the innermost counted unit of this thread as failed (API {@code Scope.fail()}). */
    public static void markFailed() {
        UnitContext c = current();
        for (int i = Math.min(c.depth, MAX_FRAMES) - 1; i >= 0; i--) {
            if (c.counted[i]) {
                c.failed[i] = true;
                return;
            }
        }
    }

    /** The unit whose work runs on this thread now, or −1: what a task handed to an executor carries along. */
    public static int activeUnit() {
        UnitContext c = CURRENT.get();
        if (c.active < 0) {
            return -1;
        }
        c.nameRoute(c.active);
        return c.unit[c.active];
    }

    /**
     * A servlet unit takes its framework's route (Spring MVC's pattern) as soon as it is known: before its CPU
     * time is charged or its unit handed to another thread, not only when it ends.
     */
    private void nameRoute(int frame) {
        Object r = request[frame];
        if (r != null) {
            unit[frame] = HttpSubjects.frameworkUnit(unit[frame], r);
        }
    }

    /** Starts running work of {@code unitId} handed over from another thread. */
    static void resume(int unitId) {
        UnitCounters.continued(unitId);
        current().open(unitId, false);
    }

    /** Ends the work started by {@link #resume(int)}. */
    static void suspend() {
        current().pop(false);
    }

    private void push(int unitId, boolean nested, Object subjectOfUnit) {
        if (active >= 0 && !nested) {
            openPassThrough();
        } else {
            open(unitId, true);
            if (depth <= MAX_FRAMES) {
                subject[depth - 1] = subjectOfUnit;
            }
        }
    }

    private void openPassThrough() {
        if (depth < MAX_FRAMES) {
            unit[depth] = PASS_THROUGH;
            subject[depth] = null;
            request[depth] = null;
            counted[depth] = false;
            failed[depth] = false;
        }
        depth++;
    }

    private void open(int unitId, boolean count) {
        if (depth >= MAX_FRAMES) {
            depth++;
            return;
        }
        if (active < 0) {
            weight = sample(unitId);
        }
        long now = readClock();
        if (active >= 0) {
            nameRoute(active);
            charge(active, now); // pause the outer unit's clock
        }
        unit[depth] = unitId;
        subject[depth] = null;
        request[depth] = null;
        startCpu[depth] = now;
        counted[depth] = count;
        failed[depth] = false;
        active = depth;
        depth++;
    }

    private void pop(boolean failedOutcome) {
        if (depth == 0) {
            return; // an exit without its enter (e.g. instrumentation installed mid-call): ignore
        }
        int frame = --depth;
        if (frame >= MAX_FRAMES || unit[frame] == PASS_THROUGH) {
            return;
        }
        subject[frame] = null; // never keep a request alive
        request[frame] = null;
        long now = readClock();
        charge(frame, now);
        if (counted[frame]) {
            UnitCounters.completed(unit[frame], failedOutcome || failed[frame]);
        }
        active = -1;
        for (int i = frame - 1; i >= 0; i--) {
            if (unit[i] != PASS_THROUGH) {
                active = i;
                startCpu[i] = now; // restart the outer unit's clock
                break;
            }
        }
    }

    private void charge(int frame, long now) {
        long start = startCpu[frame];
        if (start >= 0 && now >= start) {
            UnitCounters.addCpuNanos(unit[frame], (now - start) * weight);
        }
    }

    /** The thread's CPU clock when this tree is measured, else −1 (as for an unknown reading: skipped). */
    private long readClock() {
        return weight > 0 ? ThreadCpu.nowNanos() : -1;
    }

    /** The new tree's weight: its sampling period k with probability 1/k, else 0 (xorshift, no allocation). */
    private int sample(int unitId) {
        int k = UnitCounters.sampleEvery(unitId);
        if (k == 1) {
            return 1;
        }
        random ^= random << 13;
        random ^= random >>> 7;
        random ^= random << 17;
        return ((int) (random >>> 32) & (k - 1)) == 0 ? k : 0;
    }
}
