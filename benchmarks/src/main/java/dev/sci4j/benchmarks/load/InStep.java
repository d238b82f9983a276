package dev.sci4j.benchmarks.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * Keeps side-by-side runs in step at their phase boundaries, like a cyclic barrier, except that a run that fails
 * releases its partners at once (they get {@link PartnerFailedException}) instead of leaving them waiting for the
 * timeout; a run that fails before its partner reaches the barrier releases it too, which a reset
 * {@link java.util.concurrent.CyclicBarrier} would not. Thread-safe.
 */
final class InStep {
    private final int parties;
    private final Duration timeout;
    private int arrived;
    private long generation;
    private boolean failed;

    InStep(int parties, Duration timeout) {
        if (parties < 1) {
            throw new IllegalArgumentException("parties must be at least 1, was " + parties);
        }
        this.parties = parties;
        this.timeout = timeout;
    }

    /** Thrown to a run whose partner failed: the partner's own exception is the one to report. */
    static final class PartnerFailedException extends Exception {
        private static final long serialVersionUID = 1L;

        PartnerFailedException() {
            super("a side-by-side partner run failed");
        }
    }

    /** Waits until every party has arrived; fails at once when a party failed or fails meanwhile. */
    synchronized void await() throws InterruptedException, TimeoutException, PartnerFailedException {
        if (failed) {
            throw new PartnerFailedException();
        }
        long mine = generation;
        if (++arrived == parties) {
            arrived = 0;
            generation++;
            notifyAll();
            return;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (generation == mine && !failed) {
            long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (leftMillis <= 0) {
                fail();
                throw new TimeoutException("the side-by-side partner did not reach the phase within " + timeout);
            }
            wait(leftMillis);
        }
        if (generation == mine) {
            throw new PartnerFailedException();
        }
    }

    /** Marks a run as failed: every party waiting now or later is released with {@link PartnerFailedException}. */
    synchronized void fail() {
        failed = true;
        notifyAll();
    }

    /**
     * Runs the tasks at the same time, each on its own thread; a task that throws marks this as failed, so the
     * others stop at their next phase instead of waiting for it.
     *
     * @return the tasks' results, in order
     * @throws Exception the first task's own failure (not a partner's {@link PartnerFailedException}), the others'
     *     added as suppressed
     */
    <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(threads.submit(() -> {
                    try {
                        return task.call();
                    } catch (Exception | Error e) {
                        fail();
                        throw e;
                    }
                }));
            }
            return results(futures);
        } finally {
            threads.shutdownNow();
        }
    }

    private static <T> List<T> results(List<Future<T>> futures) throws Exception {
        List<T> out = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (Future<T> f : futures) {
            try {
                out.add(f.get());
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        if (failures.isEmpty()) {
            return out;
        }
        // The run that failed first is the news; its partners only stopped because of it.
        failures.sort(
                (a, b) -> Boolean.compare(a instanceof PartnerFailedException, b instanceof PartnerFailedException));
        Throwable first = failures.get(0);
        failures.subList(1, failures.size()).forEach(first::addSuppressed);
        if (first instanceof Exception) {
            throw (Exception) first;
        }
        throw (Error) first;
    }
}
