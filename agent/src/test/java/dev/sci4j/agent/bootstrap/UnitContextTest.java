package dev.sci4j.agent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The per-thread unit stack, driven directly as the advice would drive it (no instrumentation in-process). */
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
        Runnable task = () -> { };
        assertThat(UnitTask.wrap(task)).isSameAs(task);
    }

    @Test
    void anExitWithoutItsEnterIsIgnored() {
        UnitContext.exit(false);
        assertThat(UnitContext.activeUnit()).isEqualTo(-1);
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
