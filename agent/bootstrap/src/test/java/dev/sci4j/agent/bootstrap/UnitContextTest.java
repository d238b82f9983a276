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
    void anExchangeHookInsideAnOpenUnitPassesThroughWithoutLookingUpItsUnit() {
        int outer = unit("http GET /outer");

        UnitContext.enter(outer, new Object());
        Hooks.enterExchange(new Object()); // no exchange: looking its unit up would fail and enter nothing
        assertThat(UnitContext.activeUnit()).isEqualTo(outer);
        Hooks.exit(); // leaves the pass-through frame, not the outer unit
        assertThat(UnitContext.activeUnit()).isEqualTo(outer);
        UnitContext.exit(false);

        assertThat(UnitCounters.ok(outer)).isEqualTo(1);
        assertThat(UnitContext.passThroughIfNested()).isFalse(); // nothing open: the hook looks its unit up
        assertThat(UnitContext.activeUnit()).isEqualTo(-1);
    }

    @Test
    void aUnitDeclaredNestedCountsInsideAnotherAsNestedAndItsCpuIsPartOfTheOuters() {
        int outer = unit("outer");
        String innerName = "nested-" + System.nanoTime();
        UnitCounters.declareNested(innerName);
        int inner = UnitCounters.id(innerName);

        UnitContext.enter(outer);
        burn(10);
        UnitContext.enter(inner);
        burn(30);
        UnitContext.exit(false);
        UnitContext.exit(false);

        int path = UnitCounters.nestedId(outer, inner);
        assertThat(UnitCounters.ok(outer)).isEqualTo(1);
        assertThat(UnitCounters.ok(inner)).isZero(); // not an outermost unit
        assertThat(UnitCounters.ok(path)).isEqualTo(1);
        assertThat(UnitCounters.cpuNanos(path)).isGreaterThan(25_000_000L);
        assertThat(UnitCounters.cpuNanos(outer)).isGreaterThan(UnitCounters.cpuNanos(path) + 5_000_000L);
    }

    @Test
    void aUnitLeftPendingIsChargedItsCpuOnceAndCountedOnlyByWhoeverCompletesIt() {
        int http = unit("http GET /pending");
        int declared = unit("pending");

        UnitContext.enter(http, new Object());
        UnitContext.enter(declared);
        burn(20);
        int pending = UnitContext.exitPending();
        UnitContext.exit(false);

        assertThat(pending).isEqualTo(UnitCounters.nestedId(http, declared));
        assertThat(UnitCounters.ok(pending)).isZero(); // its value has not completed
        assertThat(UnitCounters.cpuNanos(pending)).isGreaterThan(15_000_000L);
        assertThat(UnitCounters.cpuNanos(http)).isLessThan(UnitCounters.cpuNanos(pending) + 15_000_000L); // once
        assertThat(UnitCounters.ok(http)).isEqualTo(1);
        assertThat(UnitContext.activeUnit()).isEqualTo(-1);
    }

    @Test
    void aUnitPartOfTheOneAroundItIsNeverLeftPending() {
        int outer = unit("outer");
        int inner = unit("inner");

        UnitContext.enter(outer);
        UnitContext.enter(inner); // a declared unit in a declared one: part of it
        assertThat(UnitContext.exitPending()).isEqualTo(-1);
        UnitContext.exit(false);

        assertThat(UnitCounters.ok(outer)).isEqualTo(1);
        assertThat(UnitContext.activeUnit()).isEqualTo(-1);
    }

    @Test
    void aDeclaredUnitInsideAnHttpUnitCountsAsNestedInIt() {
        int http = unit("http GET /x");
        int declared = unit("tax-calc");

        for (int i = 0; i < 3; i++) {
            UnitContext.enter(http, new Object());
            UnitContext.enter(declared);
            burn(5);
            UnitContext.exit(false);
            UnitContext.exitReturning();
        }

        int path = UnitCounters.nestedId(http, declared);
        assertThat(UnitCounters.ok(http)).isEqualTo(3);
        assertThat(UnitCounters.ok(declared)).isZero();
        assertThat(UnitCounters.ok(path)).isEqualTo(3);
        assertThat(UnitCounters.kindOf(path)).isEqualTo(declared);
        assertThat(UnitCounters.parentOf(path)).isEqualTo(http);
        assertThat(UnitCounters.cpuNanos(http)).isGreaterThanOrEqualTo(UnitCounters.cpuNanos(path));
    }

    @Test
    void declaredUnitsNestTwoLevelsUnderAnHttpUnitWhenDeclaredNested() {
        int http = unit("http POST /checkout");
        int checkout = unit("checkout");
        String taxName = "tax-" + System.nanoTime();
        UnitCounters.declareNested(taxName);
        int tax = UnitCounters.id(taxName);

        UnitContext.enter(http, new Object());
        UnitContext.enter(checkout);
        UnitContext.enter(tax);
        UnitContext.exit(false);
        UnitContext.exit(false);
        UnitContext.exitReturning();

        int checkoutPath = UnitCounters.nestedId(http, checkout);
        assertThat(UnitCounters.ok(UnitCounters.nestedId(checkoutPath, tax))).isEqualTo(1);
        assertThat(UnitCounters.rootOf(UnitCounters.nestedId(checkoutPath, tax)))
                .isEqualTo(http);
    }

    @Test
    void anHttpUnitInsideAnotherAndAUnitInsideItsOwnKindArePartOfTheOuterOne() {
        int filter = unit("http GET /a");
        int servlet = unit("http GET /b");
        int recursive = unit("walk");

        UnitContext.enter(filter, new Object());
        UnitContext.enter(servlet, new Object()); // a forward or a filter chain: one request
        UnitContext.exitReturning();
        UnitContext.exitReturning();
        UnitContext.enter(recursive);
        UnitContext.enter(recursive);
        UnitContext.exit(false);
        UnitContext.exit(false);

        assertThat(UnitCounters.ok(filter)).isEqualTo(1);
        assertThat(UnitCounters.ok(servlet)).isZero();
        assertThat(UnitCounters.ok(UnitCounters.nestedId(filter, servlet))).isZero();
        assertThat(UnitCounters.ok(recursive)).isEqualTo(1);
    }

    @Test
    void recordedUnitsInsideAnHttpUnitAreNestedAndOutsideAnyAreOutermost() {
        int http = unit("http POST /generate");
        int tokens = unit("tokens");

        UnitContext.enter(http, new Object());
        UnitContext.record(tokens, 40);
        UnitContext.exitReturning();
        UnitContext.record(tokens, 2);

        assertThat(UnitCounters.ok(UnitCounters.nestedId(http, tokens))).isEqualTo(40);
        assertThat(UnitCounters.ok(tokens)).isEqualTo(2);
        assertThat(UnitCounters.ok(http)).isEqualTo(1);
    }

    @Test
    void workANestedUnitHandsToAPoolCountsForItAndForItsOutermostUnit() throws Exception {
        int http = unit("http GET /report");
        int render = unit("render");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            UnitContext.enter(http, new Object());
            UnitContext.enter(render);
            Runnable task = UnitTask.wrap(() -> burn(60));
            UnitContext.exit(false);
            UnitContext.exitReturning();
            int path = UnitCounters.nestedId(http, render);
            long renderBefore = UnitCounters.cpuNanos(path);
            long httpBefore = UnitCounters.cpuNanos(http);
            CompletableFuture.runAsync(task, pool).join();

            assertThat(UnitCounters.cpuNanos(path) - renderBefore).isGreaterThan(50_000_000L);
            assertThat(UnitCounters.cpuNanos(http) - httpBefore).isGreaterThan(50_000_000L);
            assertThat(UnitCounters.ok(path)).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
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

        int path = UnitCounters.nestedId(outer, inner);
        assertThat(UnitCounters.ok(path)).isEqualTo(800);
        // the inner unit is measured exactly when its outer tree is, so its CPU is estimated with the outer's weight
        assertThat((double) UnitCounters.cpuNanos(path)).isCloseTo(innerCpu, withPercentage(40));
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
