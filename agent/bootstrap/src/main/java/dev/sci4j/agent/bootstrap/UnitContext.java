package dev.sci4j.agent.bootstrap;

/**
 * The functional units open on one thread, as a small stack of frames, and the entry points the hooks call.
 *
 * <p>A frame is a counted unit (counted when it ends), a continuation (work of a unit handed to this thread by
 * an executor: its CPU time goes to the unit, but it is not counted again), or a pass-through (a unit that is
 * part of the one around it and not counted on its own).
 *
 * <p><b>Nesting.</b> A unit that starts while another is open on the thread is, by the kinds involved:
 * <ul>
 *   <li>a declared unit (configured, annotated, API {@code scope}/{@code record}) inside an HTTP unit:
 *       counted, as nested in it;</li>
 *   <li>a declared unit inside a declared unit: part of the outer one, unless its kind is declared
 *       {@code nested} ({@code units.nested}, {@code @FunctionalUnit(nested = true)}): then counted as nested;</li>
 *   <li>an HTTP unit inside any unit (a filter chain, a forward), or a unit inside one of its own kind
 *       (recursion): part of the outer one.</li>
 * </ul>
 * A nested unit is counted under its nesting path ({@link UnitCounters#nestedId}), never as an outermost unit,
 * so the outermost units alone count each piece of work once. CPU time is inclusive: a unit's time contains
 * that of the units nested in it, so every CPU nanosecond is in exactly one outermost unit and, besides, in
 * each nested unit it ran in. On a virtual thread the clock is the one {@link VirtualThreadCpu} keeps across
 * mounts. Readings of −1 (no thread CPU time, or a virtual thread where that clock could not be installed) are
 * skipped: the unit is still counted, its energy stays in the process's unattributed energy, and units on
 * virtual threads without a reading are counted ({@link VirtualThreadCpu#unreadUnits()}) to be disclosed.
 *
 * <p>Reading a thread's CPU clock is a system call (~0.8 µs on a cloud VM), two per unit. For frequent units
 * the clock is read only for a random sample: when a unit tree starts on a thread (the outermost unit, or a
 * continuation), it is measured with probability 1/k, k being its outermost kind's {@link
 * UnitCounters#sampleEvery sampling period}, and its CPU time is charged k times — an unbiased
 * (Horvitz–Thompson) estimate of the kind's CPU time. The whole tree shares the decision, so nested units are
 * measured exactly when their parent is. Units are always counted, sampled or not.
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

    /** Enters a declared unit of kind {@code unitId} on this thread (see the nesting rules above). */
    public static void enter(int unitId) {
        current().push(unitId, false, null);
    }

    /** Enters an HTTP unit whose {@code subject} (exchange or response) tells its status when it returns. */
    static void enter(int unitId, Object subject) {
        UnitCounters.markHttp(unitId);
        current().push(unitId, true, subject);
    }

    /**
     * Enters a servlet unit (an HTTP unit): its request names the route and tells whether it ends later (async).
     */
    static void enterServlet(int unitId, Object servletRequest, Object response) {
        UnitCounters.markHttp(unitId);
        UnitContext c = current();
        c.push(unitId, true, response);
        if (c.depth <= MAX_FRAMES && c.unit[c.depth - 1] == unitId) {
            c.request[c.depth - 1] = servletRequest;
        }
    }

    /**
     * When a unit is open on this thread, enters a pass-through frame for an HTTP entry point and returns true: an
     * HTTP unit never counts inside another unit, so a nested entry (a handler inside its filter chain, a servlet
     * inside another's dispatch) need not look up its method and route. Else returns false and enters nothing.
     */
    static boolean passThroughIfNested() {
        UnitContext c = CURRENT.get();
        if (c.active < 0) {
            return false;
        }
        c.nameRoute(c.active); // as push does for a nested entry
        c.openPassThrough();
        return true;
    }

    /** Enters a frame that counts nothing and leaves the clocks as they are (the agent's threads, re-dispatches). */
    static void enterPassThrough() {
        current().openPassThrough();
    }

    /**
     * Counts {@code count} units of kind {@code unitId} now (API {@code record}): nested in the unit open on this
     * thread if there is one (their energy is that unit's), else outermost. Never dropped: when no nesting path
     * is left they are counted as outermost.
     */
    static void record(int unitId, long count) {
        UnitContext c = CURRENT.get();
        int path = c.active >= 0 ? UnitCounters.nestedId(c.unit[c.active], unitId) : -1;
        UnitCounters.add(path >= 0 ? path : unitId, count);
    }

    /** Leaves the innermost unit; {@code failed} when an exception escaped or the API says so. */
    public static void exit(boolean failed) {
        current().pop(failed);
    }

    /** Leaves the innermost unit on a normal return: failed only if its subject's status is not 2xx. */
    static void exitReturning() {
        UnitContext c = current();
        int frame = c.depth - 1;
        Object s = frame >= 0 && frame < MAX_FRAMES ? c.subject[frame] : null;
        Object r = s == null ? null : c.request[frame];
        if (r != null) {
            c.nameRoute(frame); // the framework's route, known now
            c.request[frame] = null;
            if (ServletAsync.endsAtCompletion(c.unit[frame], r, s)) {
                c.counted[frame] = false; // the listener counts it, once, with the final status
            }
        }
        c.pop(s != null && HttpSubjects.unsuccessful(HttpSubjects.status(s)));
    }

    /**
     * Leaves the innermost unit without counting it: its CPU time so far is charged as usual, and its id returned
     * for whoever sees its asynchronous value complete to count it ({@link AsyncUnits}); −1 when the frame is not a
     * counted unit (part of the one around it), which is then not to be counted at all.
     */
    static int exitPending() {
        UnitContext c = current();
        int frame = c.depth - 1;
        boolean counts = frame >= 0 && frame < MAX_FRAMES && c.unit[frame] != PASS_THROUGH && c.counted[frame];
        int unitId = counts ? c.unit[frame] : -1;
        c.pop(false, !counts);
        return unitId;
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

    /**
     * The unit whose work runs on this thread now (a kind or a nesting path), or −1: what a task handed to an
     * executor carries along.
     */
    public static int activeUnit() {
        UnitContext c = CURRENT.get();
        if (c.active < 0) {
            return -1;
        }
        c.nameRoute(c.active);
        return c.unit[c.active];
    }

    /**
     * A servlet unit takes its framework's route (Spring MVC's pattern) as soon as it is known: before a unit is
     * nested in it, its unit is handed to another thread, or it ends.
     */
    private void nameRoute(int frame) {
        Object r = request[frame];
        if (r != null) {
            int named = HttpSubjects.frameworkUnit(unit[frame], r);
            if (named != unit[frame]) {
                UnitCounters.markHttp(named);
                unit[frame] = named;
            }
        }
    }

    /**
     * The framework matched {@code route} for the servlet request of the innermost servlet unit on this thread
     * (JAX-RS, {@link JaxRsRoutes}): that unit takes it as its name. Nothing when no servlet unit is open here.
     */
    static void takeRoute(String route) throws Throwable {
        UnitContext c = CURRENT.get();
        for (int i = Math.min(c.depth, MAX_FRAMES) - 1; i >= 0; i--) {
            if (c.request[i] != null) {
                int named = HttpSubjects.routeUnit(c.request[i], route);
                UnitCounters.markHttp(named);
                c.unit[i] = named;
                return;
            }
        }
    }

    /** Starts running work of {@code unitId} (a kind or a nesting path) handed over from another thread. */
    static void resume(int unitId) {
        UnitCounters.continued(unitId);
        current().open(unitId, false, null);
    }

    /** Ends the work started by {@link #resume(int)}. */
    static void suspend() {
        current().pop(false);
    }

    private void push(int kind, boolean http, Object subjectOfUnit) {
        if (active < 0) {
            open(kind, true, subjectOfUnit);
            return;
        }
        nameRoute(active);
        int parent = unit[active];
        int path = countsInside(kind, http, parent) ? UnitCounters.nestedId(parent, kind) : -1;
        if (path < 0) {
            openPassThrough();
        } else {
            open(path, true, subjectOfUnit);
        }
    }

    /** The nesting rules of the class comment: whether a unit of {@code kind} counts inside {@code parent}. */
    private static boolean countsInside(int kind, boolean http, int parent) {
        int parentKind = UnitCounters.kindOf(parent);
        if (http || kind == parentKind) {
            return false;
        }
        return UnitCounters.http(parentKind) || UnitCounters.nested(kind);
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

    private void open(int unitId, boolean count, Object subjectOfUnit) {
        if (depth >= MAX_FRAMES) {
            depth++;
            return;
        }
        boolean outermost = active < 0;
        if (outermost) {
            weight = sample(unitId);
        }
        unit[depth] = unitId;
        subject[depth] = subjectOfUnit;
        request[depth] = null;
        startCpu[depth] = readClock();
        if (outermost && count && weight > 0 && startCpu[depth] < 0 && VirtualThreadCpu.currentIsVirtual()) {
            VirtualThreadCpu.unread(weight); // disclosed: its CPU time, and so its energy, is unknown
        }
        counted[depth] = count;
        failed[depth] = false;
        active = depth;
        depth++;
    }

    private void pop(boolean failedOutcome) {
        pop(failedOutcome, true);
    }

    /** @param countNow false when the unit is counted later (its CPU time so far is charged now all the same) */
    private void pop(boolean failedOutcome, boolean countNow) {
        if (depth == 0) {
            return; // an exit without its enter (e.g. instrumentation installed mid-call): ignore
        }
        int frame = --depth;
        if (frame >= MAX_FRAMES || unit[frame] == PASS_THROUGH) {
            return;
        }
        nameRoute(frame); // ended by an exception: the route may not have been read yet
        subject[frame] = null; // never keep a request alive
        request[frame] = null;
        long cpuNanos = elapsed(startCpu[frame], readClock()) * weight;
        int id = unit[frame];
        if (counted[frame]) {
            UnitCounters.addCpuNanos(id, cpuNanos); // inclusive: the frames around it measure their own span
            if (countNow) {
                UnitCounters.completed(id, failedOutcome || failed[frame]);
            }
        } else {
            // a continuation: no frame on this thread encloses it, so its time goes to every unit it ran in
            for (int u = id; u >= 0; u = UnitCounters.parentOf(u)) {
                UnitCounters.addCpuNanos(u, cpuNanos);
            }
        }
        active = -1;
        for (int i = frame - 1; i >= 0; i--) {
            if (unit[i] != PASS_THROUGH) {
                active = i;
                break;
            }
        }
        if (active < 0 && weight > 0 && VirtualThreadCpu.currentIsVirtual()) {
            VirtualThreadCpu.treeEnded(); // its mounts need no clock reads until the next unit
        }
    }

    private static long elapsed(long start, long now) {
        return start >= 0 && now >= start ? now - start : 0;
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
