package dev.sci4j.agent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Units on a virtual thread, played on a platform thread: its own clock reads −1 (as on a virtual thread), the
 * carriers' clocks are made up, and the mount hooks are called as {@code java.lang.VirtualThread} calls them.
 */
class VirtualThreadCpuTest {
    private static final long MS = 1_000_000L;

    /** Carriers' CPU clocks: the caller runs on carrier {@code on}. */
    private static final class FakeCarriers implements VirtualThreadCpu.CarrierClock {
        final long[] clocks = {10 * MS, 500 * MS};
        volatile int on;

        @Override
        public long nowNanos() {
            return clocks[on];
        }

        void run(long nanos) {
            clocks[on] += nanos;
        }
    }

    private final FakeCarriers carriers = new FakeCarriers();
    private ThreadCpu.PlatformClock platform;

    @BeforeEach
    void playAVirtualThread() {
        platform = ThreadCpu.useForTests(() -> -1);
        VirtualThreadCpu.playVirtual(true);
        VirtualThreadCpu.install(carriers);
    }

    @AfterEach
    void restore() {
        ThreadCpu.useForTests(platform);
        VirtualThreadCpu.reset();
    }

    private static int unit(String name) {
        return UnitCounters.id(name + "-" + System.nanoTime());
    }

    /** The virtual thread blocks: it unmounts, others run on the carriers, it remounts on carrier {@code to}. */
    private void block(long othersNanos, int to) {
        VirtualThreadCpu.unmounting();
        carriers.run(othersNanos);
        carriers.on = to;
        carriers.run(othersNanos);
        VirtualThreadCpu.mounted();
    }

    @Test
    void aUnitGetsItsOwnCpuTimeAcrossAnUnmountAndARemountOnAnotherCarrier() {
        int id = unit("sleeps");

        UnitContext.enter(id);
        carriers.run(5 * MS);
        block(40 * MS, 1);
        carriers.run(3 * MS);
        UnitContext.exit(false);

        assertThat(UnitCounters.ok(id)).isEqualTo(1);
        assertThat(UnitCounters.cpuNanos(id)).isEqualTo(8 * MS);
    }

    @Test
    void nestedUnitsOnAVirtualThreadEachGetTheirInclusiveTime() {
        int http = unit("http GET /v");
        int declared = unit("tax");

        UnitContext.enter(http, new Object());
        carriers.run(2 * MS);
        UnitContext.enter(declared);
        carriers.run(4 * MS);
        block(30 * MS, 1);
        carriers.run(6 * MS);
        UnitContext.exit(false);
        block(30 * MS, 0);
        carriers.run(1 * MS);
        UnitContext.exitReturning();

        int path = UnitCounters.nestedId(http, declared);
        assertThat(UnitCounters.cpuNanos(path)).isEqualTo(10 * MS);
        assertThat(UnitCounters.cpuNanos(http)).isEqualTo(13 * MS);
    }

    @Test
    void workHandedOverFromAVirtualThreadToAPoolCountsForItsUnit() throws Exception {
        int id = unit("hands-over");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            UnitContext.enter(id);
            carriers.run(2 * MS);
            Runnable task = UnitTask.wrap(() -> carriers.run(20 * MS));
            UnitContext.exit(false);
            CompletableFuture.runAsync(task, pool).join();

            assertThat(UnitCounters.cpuNanos(id)).isEqualTo(22 * MS);
            assertThat(UnitCounters.ok(id)).isEqualTo(1);
            assertThat(UnitCounters.continuations(id)).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theHooksReadNoClockForAVirtualThreadThatNoUnitMeasured() throws Exception {
        ThreadCpu.nowNanos(); // a clock exists, on this thread only
        AtomicInteger reads = new AtomicInteger();
        VirtualThreadCpu.install(() -> {
            reads.incrementAndGet();
            return carriers.nowNanos();
        });
        Thread other = new Thread(() -> {
            VirtualThreadCpu.unmounting();
            VirtualThreadCpu.mounted();
        });
        other.start();
        other.join();

        assertThat(reads).hasValue(0);
    }

    @Test
    void betweenUnitsTheMountsOfAVirtualThreadReadNoClock() {
        int id = unit("once");
        UnitContext.enter(id);
        carriers.run(MS);
        UnitContext.exit(false);
        AtomicInteger reads = new AtomicInteger();
        VirtualThreadCpu.install(() -> {
            reads.incrementAndGet();
            return carriers.nowNanos();
        });

        block(10 * MS, 1);
        assertThat(reads).hasValue(0);
        UnitContext.enter(id);
        carriers.run(2 * MS);
        block(10 * MS, 0);
        carriers.run(3 * MS);
        UnitContext.exit(false);

        assertThat(UnitCounters.cpuNanos(id)).isEqualTo(6 * MS);
    }

    @Test
    void unitsOnAVirtualThreadWithoutACarrierClockAreCountedAsUnread() {
        VirtualThreadCpu.reset();
        VirtualThreadCpu.playVirtual(true);
        int id = unit("unread");

        for (int i = 0; i < 3; i++) {
            UnitContext.enter(id);
            UnitContext.exit(false);
        }

        assertThat(UnitCounters.ok(id)).isEqualTo(3);
        assertThat(UnitCounters.cpuNanos(id)).isZero();
        assertThat(VirtualThreadCpu.unreadUnits()).isEqualTo(3);
    }

    @Test
    void theHooksNeverThrowIntoTheJdk() {
        VirtualThreadCpu.install(() -> {
            throw new IllegalStateException("broken carrier clock");
        });
        VirtualThreadCpu.install(carriers);
        ThreadCpu.nowNanos(); // a clock exists
        VirtualThreadCpu.install(() -> {
            throw new IllegalStateException("broken carrier clock");
        });

        VirtualThreadCpu.unmounting();
        VirtualThreadCpu.mounted();
    }

    @Test
    void withoutACarrierClockAVirtualThreadsReadingIsUnknown() {
        VirtualThreadCpu.reset();

        assertThat(ThreadCpu.nowNanos()).isEqualTo(-1);
        assertThat(VirtualThreadCpu.installed()).isFalse();
    }
}
