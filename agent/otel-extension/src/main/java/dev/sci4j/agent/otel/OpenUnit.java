package dev.sci4j.agent.otel;

import dev.sci4j.agent.bootstrap.UnitCounters;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One unit span while it is open: the CPU nanoseconds charged to it before its unit is known. A span's unit
 * name ({@code http.route}, {@code rpc.method}) is often set only after routing, so CPU is kept
 * here until the span ends; what is charged after that (an asynchronous tail) goes straight to the unit's
 * counter. The value of this {@link AtomicLong} is the pending CPU time, ns. Thread-safe: any thread in the
 * span's context may charge it.
 */
final class OpenUnit extends AtomicLong {
    private static final long serialVersionUID = 1L;
    private static final int UNKNOWN = -1;

    /** The span this unit is for, compared by identity (never serialised: the class is never serialised). */
    @SuppressWarnings("serial")
    final transient Object span;

    private volatile int unitId = UNKNOWN;
    /** Whether a virtual thread worked for it without a CPU reading. */
    private volatile boolean cpuUnread;

    OpenUnit(Object span) {
        this.span = span;
    }

    /** Adds CPU time of one thread, ns. */
    void charge(long cpuNanos) {
        if (cpuNanos <= 0) {
            return;
        }
        int id = unitId;
        if (id != UNKNOWN) {
            UnitCounters.addCpuNanos(id, cpuNanos);
            return;
        }
        addAndGet(cpuNanos);
        if (unitId != UNKNOWN) {
            flush(); // the span ended meanwhile: do not leave this charge pending forever
        }
    }

    /** A virtual thread worked for this unit without a CPU reading: its CPU time is unknown. */
    void cpuUnread() {
        cpuUnread = true;
    }

    /** Whether a virtual thread worked for this unit without a CPU reading. */
    boolean isCpuUnread() {
        return cpuUnread;
    }

    /** The span ended as unit {@code id}: hands it the pending CPU time, and every later charge. */
    void ended(int id) {
        unitId = id;
        flush();
    }

    private void flush() {
        long pending = getAndSet(0);
        if (pending > 0) {
            UnitCounters.addCpuNanos(unitId, pending);
        }
    }
}
