package dev.sci4j.benchmarks.units;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One read of the current thread's CPU clock, the call the agent makes at a measured unit's entry and exit
 * ({@code ThreadMXBean.getCurrentThreadCpuTime}, a system call on Linux). A unit measured exactly costs two of these; with adaptive sampling only a sample of
 * frequent units pays them. Reported beside {@code attributionOverheadNs} so the sampling's effect is visible.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ThreadCpuClockBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Benchmark
    public long read() {
        return THREADS.getCurrentThreadCpuTime();
    }
}
