package dev.sci4j.benchmarks.units;

import dev.sci4j.api.FunctionalUnit;
import dev.sci4j.api.FunctionalUnits;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of a functional-unit boundary. This class forks without the agent: the methods run as the
 * application wrote them. {@link UnitBoundaryWithAgentBenchmark} runs the very same methods in forks with
 * {@code -javaagent}, so the difference per operation is what the agent adds:
 * <ul>
 *   <li>{@code record}: counting one unit ({@code FunctionalUnits.record}), no CPU attribution;</li>
 *   <li>{@code annotatedUnit}: a method declared {@code @FunctionalUnit}, counted with its thread CPU time;</li>
 *   <li>{@code asyncHop}: a unit that hands work to an executor, whose task carries the unit along.</li>
 * </ul>
 * Run with {@code -prof gc} for bytes allocated per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class UnitBoundaryBenchmark {
    private ExecutorService executor;
    private long state = 17;

    @Setup
    public void setUp() {
        executor = Executors.newSingleThreadExecutor();
    }

    @TearDown
    public void tearDown() {
        executor.shutdownNow();
    }

    @Benchmark
    public long record() {
        FunctionalUnits.record("records", 1);
        return work();
    }

    @Benchmark
    public long annotatedUnit() {
        return unit();
    }

    @Benchmark
    public long asyncHop() throws ExecutionException, InterruptedException {
        return hop();
    }

    @FunctionalUnit("bench")
    long unit() {
        return work();
    }

    @FunctionalUnit("hop")
    long hop() throws ExecutionException, InterruptedException {
        return executor.submit(this::work).get();
    }

    /** A few nanoseconds of work the JIT cannot remove. */
    private long work() {
        state = state * 6364136223846793005L + 1442695040888963407L;
        return state;
    }
}
