package dev.sci4j.agent.bootstrap;

/**
 * One virtual thread's CPU clock, in nanoseconds: the CPU time of the carriers (OS threads) it ran on, summed
 * over its mounts. A carrier's clock also advances for the other virtual threads it runs, so each mount's share
 * is the carrier's advance between this thread's mount and unmount. Readings of −1 (unknown) are skipped.
 *
 * <p>Not thread-safe by design: only its own virtual thread touches it (the mount hooks run while it is the
 * current thread); moving to another carrier is ordered by the scheduler's hand-over.
 */
final class VirtualClock {
    /** CPU nanoseconds of the mounts that ended. */
    private long earlierMountsNanos;
    /** The carrier's clock when this mount began, or −1 while unmounted or unknown. */
    private long mountedAtNanos;
    /** Whether no unit is measured on the thread now: then its mounts are not timed (no clock reads). */
    private boolean idle;

    /** A clock started now, on a mount whose carrier reads {@code carrierNanos}. */
    VirtualClock(long carrierNanos) {
        mountedAtNanos = carrierNanos;
    }

    /** Whether its mounts are timed: a unit is measured on the thread (the hooks read no clock otherwise). */
    boolean running() {
        return !idle;
    }

    /**
     * No unit is measured on the thread any more: its mounts stop being timed until the next reading. Readings
     * are only ever subtracted within one unit tree, so the time in between need not be kept.
     */
    void idle() {
        idle = true;
        mountedAtNanos = -1;
    }

    /** The thread was mounted on a carrier whose clock reads {@code carrierNanos}. */
    void mounted(long carrierNanos) {
        mountedAtNanos = carrierNanos;
    }

    /** The thread is leaving a carrier whose clock reads {@code carrierNanos}. */
    void unmounting(long carrierNanos) {
        earlierMountsNanos += sinceMount(carrierNanos);
        mountedAtNanos = -1;
    }

    /** The thread's CPU time, mounted on a carrier whose clock reads {@code carrierNanos}; runs the clock again. */
    long nowNanos(long carrierNanos) {
        idle = false;
        if (mountedAtNanos < 0) {
            mountedAtNanos = carrierNanos; // the mount began unknown or idle: count from here on
        }
        return earlierMountsNanos + sinceMount(carrierNanos);
    }

    private long sinceMount(long carrierNanos) {
        return mountedAtNanos >= 0 && carrierNanos >= mountedAtNanos ? carrierNanos - mountedAtNanos : 0;
    }
}
