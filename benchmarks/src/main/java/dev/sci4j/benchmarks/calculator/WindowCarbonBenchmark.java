package dev.sci4j.benchmarks.calculator;

import dev.sci4j.grid.EnergyInterval;
import dev.sci4j.grid.IntensityPoint;
import dev.sci4j.grid.IntensitySeries;
import dev.sci4j.grid.IntensityType;
import dev.sci4j.grid.WindowCarbon;
import dev.sci4j.grid.WindowCarbonResult;
import dev.sci4j.units.Energy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring a long agent measurement against an hourly grid series: 1,000,000 one-second energy samples
 * (about 11.6 days) aligned interval by interval with the intensity hours they overlap (Σ E_t × I_t).
 * Target: at most 1 s per scoring on the reference machine (see BENCHMARKS.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class WindowCarbonBenchmark {
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    @Param("1000000")
    int samples;

    private List<EnergyInterval> intervals;
    private IntensitySeries hourly;

    @Setup
    public void setUp() {
        Random random = new Random(21031);
        intervals = new ArrayList<>(samples);
        for (int i = 0; i < samples; i++) {
            Instant from = START.plusSeconds(i);
            intervals.add(
                    new EnergyInterval(from, from.plusSeconds(1), Energy.ofJoules(20 + 60 * random.nextDouble())));
        }
        int hours = (int) Math.ceil(samples / 3600.0);
        List<IntensityPoint> points = new ArrayList<>(hours);
        for (int h = 0; h < hours; h++) {
            points.add(new IntensityPoint(
                    START.plus(Duration.ofHours(h)), Duration.ofHours(1), 400 + 200 * random.nextDouble()));
        }
        hourly = new IntensitySeries(points, IntensityType.AVERAGE, "benchmark", "TW");
    }

    @Benchmark
    public WindowCarbonResult scoreMillionSamplesAgainstHourlySeries() {
        return WindowCarbon.compute(intervals, hourly, null);
    }
}
