package dev.sci4j.agent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The per-thread unit stack, driven directly as the hooks would drive it (no instrumentation in-process). */
class UnitContextTest {
    private static int unit(String name) {
        return UnitCounters.id(name + "-" + System.nanoTime()); // counters are JVM-wide: a fresh name per test
    }

    @Test
    void aUnitNestedInAnotherCountsOnlyOnceAsTheOuterOne() {
        int outer = unit("outer");
        int inner = unit("inner");

        UnitContext.enter(outer);
        UnitContext.enter(inner);
        UnitContext.exit(false);
        UnitContext.exit(false);

        assertThat(UnitCounters.ok(outer)).isEqualTo(1);
        assertThat(UnitCounters.ok(inner)).isZero();
        assertThat(UnitContext.activeUnit()).isEqualTo(-1);
    }

    @Test
    void aUnitDeclaredNestedCountsInsideAnotherAndTakesItsOwnCpu() {
        int outer = unit("outer");
        String innerName = "nested-" + System.nanoTime();
        UnitCounters.declareNested(innerName);
        int inner = UnitCounters.id(innerName);

        UnitContext.enter(outer);
        UnitContext.enter(inner);
        burn(30);
        UnitContext.exit(false);
        UnitContext.exit(false);

        assertThat(UnitCounters.ok(outer)).isEqualTo(1);
        assertThat(UnitCounters.ok(inner)).isEqualTo(1);
        assertThat(UnitCounters.cpuNanos(inner)).isGreaterThan(UnitCounters.cpuNanos(outer));
    }

    @Test
    void failuresAreCountedApartFromSuccesses() {
        int id = unit("f");

        UnitContext.enter(id);
        UnitContext.exit(true);
        UnitContext.enter(id);
        UnitContext.markFailed();
        UnitContext.exit(false);
        UnitContext.enter(id);
        UnitContext.exit(false);

        assertThat(UnitCounters.failed(id)).isEqualTo(2);
        assertThat(UnitCounters.ok(id)).isEqualTo(1);
    }

    @Test
    void cpuTimeIsMeasuredInNanosecondsEvenForSubMillisecondUnits() {
        int id = unit("tiny");

        UnitContext.enter(id);
        burn(0); // a few microseconds
        UnitContext.exit(false);

        assertThat(UnitCounters.cpuNanos(id)).isPositive().isLessThan(50_000_000L);
    }

    @Test
    void aWrappedTaskCarriesItsUnitToThePoolThread() throws Exception {
        int id = unit("hop");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            UnitContext.enter(id);
            Runnable task = UnitTask.wrap(() -> burn(60));
            UnitContext.exit(false);
            long before = UnitCounters.cpuNanos(id);
            CompletableFuture.runAsync(task, pool).join();

            assertThat(UnitCounters.cpuNanos(id) - before).isGreaterThan(50_000_000L);
            assertThat(UnitCounters.ok(id)).isEqualTo(1); // the hop is not a second unit
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void outsideAnyUnitTasksAreNotWrapped() {
        Runnable task = () -> {};
        assertThat(UnitTask.wrap(task)).isSameAs(task);
    }

    @Test
    void anExitWithoutItsEnterIsIgnored() {
        UnitContext.exit(false);
        assertThat(UnitContext.activeUnit()).isEqualTo(-1);
    }

    @Test
    void sampledUnitsAreAllCountedAndTheirCpuEstimatedWithoutBias() {
        int id = unit("frequent");
        UnitCounters.sampleEvery(id, 8);
        long before = ThreadCpu.nowNanos();
        for (int i = 0; i < 4000; i++) {
            UnitContext.enter(id);
            burnMicros(50);
            UnitContext.exit(false);
        }
        long spent = ThreadCpu.nowNanos() - before;

        assertThat(UnitCounters.ok(id)).isEqualTo(4000);
        // ~500 measured units, each charged 8 times: the estimate's standard error is a few per cent
        assertThat((double) UnitCounters.cpuNanos(id)).isCloseTo(spent, withPercentage(30));
    }

    @Test
    void aNestedUnitSharesTheOuterUnitsSamplingChoice() {
        int outer = unit("outer");
        String innerName = "nested-" + System.nanoTime();
        UnitCounters.declareNested(innerName);
        int inner = UnitCounters.id(innerName);
        UnitCounters.sampleEvery(outer, 4);

        long innerCpu = 0; // the true CPU time spent in the inner units, read around their work
        for (int i = 0; i < 800; i++) {
            UnitContext.enter(outer);
            UnitContext.enter(inner);
            long before = ThreadCpu.nowNanos();
            burnMicros(20);
            innerCpu += ThreadCpu.nowNanos() - before;
            UnitContext.exit(false);
            UnitContext.exit(false);
        }

        assertThat(UnitCounters.ok(inner)).isEqualTo(800);
        // the inner unit is measured exactly when its outer tree is, so its CPU is estimated with the outer's weight
        assertThat((double) UnitCounters.cpuNanos(inner)).isCloseTo(innerCpu, withPercentage(40));
    }

    @Test
    void workResumedOnAnotherThreadCountsAsAHandOver() {
        int id = unit("hop");

        UnitContext.resume(id);
        UnitContext.suspend();

        assertThat(UnitCounters.continuations(id)).isEqualTo(1);
        assertThat(UnitCounters.ok(id)).isZero();
    }

    static void burnMicros(long cpuMicros) {
        long end = ThreadCpu.nowNanos() + cpuMicros * 1_000L;
        while (ThreadCpu.nowNanos() < end) {
            Thread.onSpinWait();
        }
    }

    static void burn(long cpuMillis) {
        long end = ThreadCpu.nowNanos() + cpuMillis * 1_000_000L;
        double x = 0;
        do {
            for (int i = 1; i < 1000; i++) {
                x += Math.sqrt(i);
            }
        } while (ThreadCpu.nowNanos() < end);
        assertThat(x).isPositive();
    }
}
