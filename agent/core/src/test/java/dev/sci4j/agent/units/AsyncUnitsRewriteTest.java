package dev.sci4j.agent.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sci4j.agent.bootstrap.Hooks;
import dev.sci4j.agent.bootstrap.UnitCounters;
import dev.sci4j.agent.config.ConfigException;
import dev.sci4j.api.FunctionalUnit;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Unit methods returning an asynchronous value, rewritten as the agent rewrites them and run (the verifier checks
 * the cast back to the declared type): they end when the value completes, a Reactor publisher once per
 * subscription. Counters are JVM-wide: every unit name here is used by this test only.
 */
class AsyncUnitsRewriteTest {
    private static final long MILLIS = 1_000_000L;

    @Test
    void aFutureReturnedIncompleteCountsWhenItCompletesFailedWhenExceptionallyAndIsReturnedAsItIs() throws Exception {
        Object subject = subject();
        CompletableFuture<String> ok = new CompletableFuture<>();
        CompletableFuture<String> failing = new CompletableFuture<>();
        int id = UnitCounters.id("async-future");

        assertThat(call(subject, "future", ok)).isSameAs(ok);
        call(subject, "stage", failing);
        assertThat(UnitCounters.ok(id) + UnitCounters.failed(id)).isZero(); // not before they complete

        ok.complete("done");
        failing.completeExceptionally(new IllegalStateException("on purpose"));

        assertThat(UnitCounters.ok(id)).isEqualTo(1);
        assertThat(UnitCounters.failed(id)).isEqualTo(1);
    }

    @Test
    void theCpuOfAFuturesWorkHandedToAnExecutorIsTheUnits() throws Exception {
        Object subject = subject();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Executor rewritten = task -> pool.execute(Hooks.wrap(task)); // as the agent rewrites the JDK's execute
            ((CompletableFuture<?>) call(subject, "supplied", rewritten, 40L)).join();
        } finally {
            pool.shutdown();
        }
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue(); // the task's frame has ended too
        int id = UnitCounters.id("async-supplied");
        assertThat(UnitCounters.ok(id)).isEqualTo(1);
        assertThat(UnitCounters.cpuNanos(id)).isGreaterThan(30 * MILLIS);
    }

    @Test
    void aLazyMonoCountsOncePerSubscriptionWhenItEndsWithTheCpuOfItsWork() throws Exception {
        Object subject = subject();
        int id = UnitCounters.id("async-mono");

        Object mono = call(subject, "lazy", 40L);
        assertThat(mono).isInstanceOf(Mono.class);
        assertThat(UnitCounters.ok(id)).isZero(); // nothing ran yet
        assertThat(UnitCounters.cpuNanos(id)).isLessThan(20 * MILLIS);

        assertThat(((Mono<?>) mono).block()).isEqualTo(40L);
        assertThat(UnitCounters.ok(id)).isEqualTo(1);
        assertThat(UnitCounters.cpuNanos(id)).isGreaterThan(30 * MILLIS); // the subscriber's thread, followed

        ((Mono<?>) mono).block();
        assertThat(UnitCounters.ok(id)).isEqualTo(2); // a second subscription is a second unit
    }

    @Test
    void aPublisherThatErrorsIsAFailedUnitAndOneCancelledIsCountedOnce() throws Exception {
        Object subject = subject();

        assertThatThrownBy(() -> ((Mono<?>) call(subject, "failing")).block()).hasMessageContaining("on purpose");
        assertThat(UnitCounters.failed(UnitCounters.id("async-mono-error"))).isEqualTo(1);

        Flux<?> flux = (Flux<?>) call(subject, "flux", 5);
        assertThat(flux.collectList().block()).hasSize(5);
        assertThat(flux.take(2).collectList().block()).hasSize(2); // cancelled after two: counted once, ok
        int id = UnitCounters.id("async-flux");
        assertThat(UnitCounters.ok(id)).isEqualTo(2);
        assertThat(UnitCounters.failed(id)).isZero();
    }

    @Test
    void aPublisherDeclaredAsSuchAndANullMonoWork() throws Exception {
        Object subject = subject();

        Object publisher = call(subject, "publisher");
        assertThat(publisher).isInstanceOf(Mono.class);
        assertThat(((Mono<?>) publisher).block()).isEqualTo(1);
        assertThat(UnitCounters.ok(UnitCounters.id("async-publisher"))).isEqualTo(1);

        assertThat(call(subject, "nothing")).isNull();
        assertThat(UnitCounters.ok(UnitCounters.id("async-null"))).isEqualTo(1); // ended at the return
    }

    @Test
    void onlyUnitsWithAnAsynchronousReturnTypeEndAtCompletion() {
        assertThat(EntryPoints.endsAtCompletion("()Ljava/util/concurrent/CompletableFuture;"))
                .isTrue();
        assertThat(EntryPoints.endsAtCompletion("(J)Lreactor/core/publisher/Mono;"))
                .isTrue();
        assertThat(EntryPoints.endsAtCompletion("(Lreactor/core/publisher/Mono;)V"))
                .isFalse();
        assertThat(EntryPoints.endsAtCompletion("()Ljava/util/concurrent/Future;"))
                .isFalse();
        assertThat(EntryPoints.endsAtCompletion("()Ljava/lang/Object;")).isFalse();
    }

    // ---- subject: public, self-contained (it runs in another class loader) ----

    public static class Async {
        @FunctionalUnit("async-future")
        public CompletableFuture<String> future(CompletableFuture<String> f) {
            return f;
        }

        @FunctionalUnit("async-future")
        public CompletionStage<String> stage(CompletableFuture<String> f) {
            return f;
        }

        @FunctionalUnit("async-supplied")
        public CompletableFuture<Long> supplied(Executor pool, long millis) {
            return CompletableFuture.supplyAsync(() -> burn(millis), pool);
        }

        @FunctionalUnit("async-mono")
        public Mono<Long> lazy(long millis) {
            return Mono.fromCallable(() -> burn(millis));
        }

        @FunctionalUnit("async-mono-error")
        public Mono<Long> failing() {
            return Mono.error(new IllegalStateException("on purpose"));
        }

        @FunctionalUnit("async-flux")
        public Flux<Integer> flux(int n) {
            return Flux.range(0, n);
        }

        @FunctionalUnit("async-publisher")
        public Publisher<Integer> publisher() {
            return Mono.just(1);
        }

        @FunctionalUnit("async-null")
        public Mono<Integer> nothing() {
            return null;
        }

        /** Burns this thread's CPU time, not wall time: on a busy machine the two differ. */
        static long burn(long millis) {
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long end = threads.getCurrentThreadCpuTime() + millis * 1_000_000L;
            double x = 0;
            while (threads.getCurrentThreadCpuTime() < end) {
                for (int i = 0; i < 1000; i++) {
                    x += Math.sqrt(x + i);
                }
            }
            return x < 0 ? -1 : millis;
        }
    }

    // ---- helpers ----

    private static Object subject() throws Exception {
        return EntryPointRewriterTest.rewritten(declarations(), Async.class)
                .getConstructor()
                .newInstance();
    }

    private static UnitDeclarations declarations() {
        try {
            return UnitDeclarations.parse(null, null, true);
        } catch (ConfigException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Object call(Object target, String name, Object... args) throws Exception {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                try {
                    return m.invoke(target, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof Exception) {
                        throw (Exception) e.getCause();
                    }
                    throw e;
                }
            }
        }
        throw new NoSuchMethodException(name);
    }
}
