package dev.sci4j.agent.it;

import dev.sci4j.api.FunctionalUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Declared units whose methods return lazy or asynchronous values (run by {@link ReactiveUnitsIT} under the
 * agent, with Reactor from Maven Central): a light and an 8× heavier lazy {@code Mono} subscribed on the calling
 * thread, the heavy one also subscribed on a Reactor scheduler's thread, one that fails, and a configured unit
 * returning a {@code CompletableFuture} computed on a thread pool. Each is called {@link #CALLS} times, after a
 * warm-up unit that takes the cost of loading Reactor.
 */
public final class ReactiveApp {
    static final int CALLS = 10;

    private ReactiveApp() {}

    public static void main(String[] args) throws Exception {
        Service service = new Service();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 3; i++) { // loads and compiles Reactor and the agent's wrappers in a unit of its own
            service.warmUp().block();
            service.warmUp().subscribeOn(Schedulers.parallel()).block();
        }
        for (int i = 0; i < CALLS; i++) {
            service.light().block();
            service.heavy().block();
            service.heavy().subscribeOn(Schedulers.parallel()).block(); // subscribed on another thread
            service.failing().onErrorReturn(-1L).block();
            service.supplied(pool).join();
        }
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("pool still busy");
        }
        System.out.println("done");
    }

    /** The units; nothing runs when a method returns, only when its value is subscribed to or computed. */
    public static class Service {
        @FunctionalUnit("reactive-light")
        public Mono<Long> light() {
            return Mono.fromCallable(() -> burn(2));
        }

        @FunctionalUnit("reactive-warm-up")
        public Mono<Long> warmUp() {
            return Mono.fromCallable(() -> burn(1)).map(x -> x + 1);
        }

        @FunctionalUnit("reactive-heavy")
        public Mono<Long> heavy() {
            return Mono.fromCallable(() -> burn(16));
        }

        @FunctionalUnit("reactive-failing")
        public Mono<Long> failing() {
            return Mono.fromCallable(() -> {
                throw new IllegalStateException("broken on purpose");
            });
        }

        /** Configured as the unit {@code future} ({@link ReactiveUnitsIT}). */
        public CompletableFuture<Long> supplied(ExecutorService pool) {
            return CompletableFuture.supplyAsync(() -> burn(16), pool);
        }
    }

    private static long burn(long millis) {
        RouteClient.burn(millis);
        return millis;
    }
}
