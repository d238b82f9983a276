package dev.sci4j.agent.bootstrap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CPU time of virtual threads (JDK 21+), where {@code ThreadMXBean.getCurrentThreadCpuTime} returns −1.
 *
 * <p>The core rewrites {@code java.lang.VirtualThread} so that {@link #mounted()} runs at the end of its
 * {@code mount()} and {@link #unmounting()} at the start of its {@code unmount()}, both while the virtual
 * thread is the current thread. Each virtual thread that a unit measured gets a {@link VirtualClock} (a
 * {@link ThreadLocal}): at each mount and unmount it reads the clock of the OS thread underneath (the carrier),
 * so its time is the sum of the carriers' CPU time over its own mounts — across unmounts (sleep, I/O, locks)
 * and remounts on other carriers. The carrier's clock is the JDK's own per-thread CPU clock ({@code
 * sun.management.ThreadImpl.getThreadTotalCpuTime0(0)}, what {@code getCurrentThreadCpuTime} reads on a
 * platform thread), reached once the core opened {@code sun.management} to the boot class path.
 *
 * <p>Until the first clock exists the hooks return at once; then each mount and unmount of any virtual thread
 * does a {@code ThreadLocal} look-up (the first one of a virtual thread with no thread-locals creates its map:
 * once per thread), and those of a thread with a unit measured now read the carrier's clock (a system call,
 * the same read a unit does at its start and end). Nothing else is allocated. The hooks never throw into the JDK. Thread-safe: the state is per virtual thread, the
 * installed carrier clock is published through a volatile field.
 */
public final class VirtualThreadCpu {
    /** The CPU clock of the OS thread the caller runs on, ns, or −1 when unknown. */
    interface CarrierClock {
        long nowNanos();
    }

    private static final ThreadLocal<VirtualClock> CLOCKS = new ThreadLocal<>();
    private static final Class<?> VIRTUAL_THREAD = classOrNull("java.lang.VirtualThread");
    /** Units on virtual threads measured while no carrier clock was installed: their CPU time is unknown. */
    private static final AtomicLong UNREAD_UNITS = new AtomicLong();

    private static volatile CarrierClock carrier;
    private static boolean playingVirtual;

    /** Whether a virtual thread has a clock: until then the hooks return at once. */
    private static volatile boolean clocksExist;

    private VirtualThreadCpu() {}

    /**
     * Uses the JDK's per-thread CPU clock as the carrier clock, once {@code java.management}'s {@code
     * sun.management} is open to the boot class path's unnamed module. Call after the hooks are in place.
     *
     * @return null when installed, else why not (a phrase), and then nothing changes
     */
    public static String installJdkCarrierClock() {
        try {
            if (!ThreadCpu.supported()) {
                return "this JVM has no thread CPU time";
            }
            Class<?> impl = Class.forName("sun.management.ThreadImpl");
            MethodHandle read = MethodHandles.privateLookupIn(impl, MethodHandles.lookup())
                    .findStatic(impl, "getThreadTotalCpuTime0", MethodType.methodType(long.class, long.class));
            CarrierClock clock = new JdkCarrierClock(read);
            if (clock.nowNanos() < 0) { // also links the handle's invocation here, never first inside a mount
                return "the JDK's thread CPU clock reads -1";
            }
            install(clock);
            return null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return "the JDK's thread CPU clock is not reachable (" + e + ")";
        }
    }

    /** Installs {@code clock} as the carrier clock (tests install fakes). */
    static void install(CarrierClock clock) {
        mounted(); // loads and links the hooks' path here, never first inside a mount
        unmounting();
        carrier = clock;
    }

    /** Whether virtual threads' CPU time is measured. */
    public static boolean installed() {
        return carrier != null;
    }

    /** Hook: at the end of {@code VirtualThread.mount()}, the virtual thread now current. Never throws. */
    public static void mounted() {
        try {
            if (clocksExist) {
                VirtualClock c = CLOCKS.get();
                if (c != null && c.running()) {
                    c.mounted(carrier.nowNanos());
                }
            }
        } catch (Throwable t) {
            // never into the JDK: this mount's time is then counted from the next reading on
        }
    }

    /** Hook: at the start of {@code VirtualThread.unmount()}, the virtual thread still current. Never throws. */
    public static void unmounting() {
        try {
            if (clocksExist) {
                VirtualClock c = CLOCKS.get();
                if (c != null && c.running()) {
                    c.unmounting(carrier.nowNanos());
                }
            }
        } catch (Throwable t) {
            // never into the JDK: this mount's time is then lost, never invented
        }
    }

    /**
     * The current thread's CPU time from the carrier clock, ns, or −1 when not installed or unknown; for a
     * thread the hooks never see (a platform thread whose own reading failed) it is that thread's own clock.
     */
    static long nowNanos() {
        CarrierClock k = carrier;
        if (k == null) {
            return -1;
        }
        long now = k.nowNanos();
        if (now < 0) {
            return -1;
        }
        VirtualClock c = CLOCKS.get();
        if (c == null) {
            c = new VirtualClock(now);
            CLOCKS.set(c);
            clocksExist = true;
        }
        return c.nowNanos(now);
    }

    /**
     * The last unit tree measured on the current virtual thread ended: its mounts stop being timed (two clock
     * reads each) until a unit reads the clock again. Public for the OpenTelemetry extension, whose units end
     * outside {@link UnitContext}.
     */
    public static void treeEnded() {
        VirtualClock c = CLOCKS.get();
        if (c != null) {
            c.idle();
        }
    }

    /** Whether the current thread is a virtual thread (every thread, for tests that play one). */
    public static boolean currentIsVirtual() {
        return playingVirtual
                || VIRTUAL_THREAD != null && Thread.currentThread().getClass() == VIRTUAL_THREAD;
    }

    /** For tests: every thread counts as virtual. */
    static void playVirtual(boolean on) {
        playingVirtual = on;
    }

    /** Notes {@code units} (a sampling weight) measured on a virtual thread without a CPU reading. */
    public static void unread(long units) {
        UNREAD_UNITS.addAndGet(units);
    }

    /** Units run on virtual threads whose CPU time could not be read, so far (an estimate when sampled). */
    public static long unreadUnits() {
        return UNREAD_UNITS.get();
    }

    /** For tests: back to the state before any install. */
    static void reset() {
        carrier = null;
        clocksExist = false;
        playingVirtual = false;
        CLOCKS.remove();
        UNREAD_UNITS.set(0);
    }

    private static Class<?> classOrNull(String name) {
        try {
            return Class.forName(name, false, null);
        } catch (ClassNotFoundException | LinkageError e) {
            return null; // before JDK 21: no virtual threads
        }
    }

    /** {@code sun.management.ThreadImpl.getThreadTotalCpuTime0(0)}: the calling OS thread's CPU time. */
    private static final class JdkCarrierClock implements CarrierClock {
        private final MethodHandle read;

        JdkCarrierClock(MethodHandle read) {
            this.read = read;
        }

        @Override
        public long nowNanos() {
            try {
                return (long) read.invokeExact(0L);
            } catch (Throwable t) {
                return -1;
            }
        }
    }
}
