package dev.sci4j.agent.otel;

import dev.sci4j.agent.bootstrap.ThreadCpu;
import dev.sci4j.agent.bootstrap.VirtualThreadCpu;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextStorage;
import io.opentelemetry.context.Scope;

/**
 * A {@link ContextStorage} wrapper that charges each thread's CPU time to the unit whose context is current on
 * it: when a context of another unit (or of none) is made current, the thread's CPU time since the last switch
 * goes to the unit that was current, and again when that scope closes. So CPU time follows OpenTelemetry's
 * context propagation (executors, Reactor, Netty, Vert.x, gRPC), and every CPU nanosecond of a thread goes to at
 * most one unit. A context of the same unit as the current one costs one map lookup and nothing else; a switch
 * reads the thread's CPU clock and allocates one small scope. On a virtual thread the clock is the one {@link
 * VirtualThreadSupport}'s hooks keep over its mounts; a thread leaving every unit stops that clock. Readings of −1
 * (a virtual thread without the hooks, no thread CPU time) are skipped, and a unit that got one on a virtual thread
 * is counted as unread ({@link VirtualThreadCpu#unread}), so the file and the log say its CPU time is unknown.
 * Never throws into the application: a failure leaves the context switch as it was. Thread-safe: per-thread state
 * only, and {@link OpenUnits} is concurrent.
 */
final class CpuFollowsContext implements ContextStorage {
    private static final ThreadLocal<ThreadUnit> THREAD = ThreadLocal.withInitial(ThreadUnit::new);
    /** Whether OpenTelemetry applied the wrapper (it ignores wrappers added after its storage was first used). */
    private static volatile boolean installed;

    private final ContextStorage delegate;
    private final OpenUnits units;
    private final ThreadClock clock;

    CpuFollowsContext(ContextStorage delegate, OpenUnits units) {
        this(delegate, units, ThreadClock.SYSTEM);
    }

    /** With {@code clock} instead of the bootstrap's (tests play virtual threads with it). */
    CpuFollowsContext(ContextStorage delegate, OpenUnits units, ThreadClock clock) {
        this.delegate = delegate;
        this.units = units;
        this.clock = clock;
        installed = true;
    }

    /** The current thread's CPU clock as the units see it. Implementations are thread-safe. */
    interface ThreadClock {
        /** The bootstrap's: {@link ThreadCpu} and, on virtual threads, {@link VirtualThreadCpu}'s hooks. */
        ThreadClock SYSTEM = new ThreadClock() {
            @Override
            public long cpuNanos() {
                return ThreadCpu.nowNanos();
            }

            @Override
            public boolean onVirtualThread() {
                return VirtualThreadCpu.currentIsVirtual();
            }

            @Override
            public void leftEveryUnit() {
                VirtualThreadCpu.treeEnded();
            }
        };

        /** The current thread's CPU time, ns, or −1 when unknown. */
        long cpuNanos();

        /** Whether the current thread is a virtual thread. */
        boolean onVirtualThread();

        /** The current virtual thread works for no unit now: its clock may stop until the next reading. */
        void leftEveryUnit();
    }

    /** Whether the context storage in use is wrapped by this class, so units get CPU time. */
    static boolean installed() {
        return installed;
    }

    @Override
    public Scope attach(Context toAttach) {
        Scope scope = delegate.attach(toAttach);
        try {
            OpenUnit unit = units.of(toAttach);
            ThreadUnit thread = THREAD.get();
            if (unit == thread.current) {
                return scope;
            }
            OpenUnit previous = thread.switchTo(unit, clock);
            return new Switched(scope, thread, previous, clock);
        } catch (Throwable t) {
            return scope;
        }
    }

    @Override
    public Context current() {
        return delegate.current();
    }

    @Override
    public Context root() {
        return delegate.root();
    }

    /** The unit a thread works for now and the thread's CPU clock when it started to. Not thread-safe: one thread. */
    static final class ThreadUnit {
        OpenUnit current;
        long startCpuNanos = -1;

        /** Charges the current unit up to now and makes {@code next} current; returns the one it replaced. */
        OpenUnit switchTo(OpenUnit next, ThreadClock clock) {
            long now = clock.cpuNanos();
            OpenUnit previous = current;
            if (previous != null && startCpuNanos >= 0 && now >= startCpuNanos) {
                previous.charge(now - startCpuNanos);
            }
            current = next;
            startCpuNanos = now;
            if (now < 0 || next == null) {
                onVirtualThread(previous, next, now, clock);
            }
            return previous;
        }

        /**
         * On a virtual thread without CPU readings, marks the units so their end is counted as unread (disclosed);
         * on one that leaves every unit, stops its mounts being timed until a unit reads the clock again.
         */
        private static void onVirtualThread(OpenUnit previous, OpenUnit next, long nowNanos, ThreadClock clock) {
            if (!clock.onVirtualThread()) {
                return;
            }
            if (nowNanos < 0) {
                if (previous != null) {
                    previous.cpuUnread();
                }
                if (next != null) {
                    next.cpuUnread();
                }
            }
            if (next == null) {
                clock.leftEveryUnit();
            }
        }
    }

    /** Closes the delegate's scope, then gives the thread back to the unit that was current before the attach. */
    private static final class Switched implements Scope {
        private final Scope scope;
        private final ThreadUnit thread;
        private final OpenUnit previous;
        private final ThreadClock clock;

        Switched(Scope scope, ThreadUnit thread, OpenUnit previous, ThreadClock clock) {
            this.scope = scope;
            this.thread = thread;
            this.previous = previous;
            this.clock = clock;
        }

        @Override
        public void close() {
            scope.close();
            try {
                thread.switchTo(previous, clock);
            } catch (Throwable t) {
                // never into the application
            }
        }
    }
}
