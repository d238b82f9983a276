package dev.sci4j.benchmarks.agent;

import dev.sci4j.agent.export.MeasurementWriter;
import dev.sci4j.agent.sampler.SampleStore;
import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.measurement.Attribution;
import dev.sci4j.measurement.EnergySourceInfo;
import dev.sci4j.measurement.EnergySourceKind;
import dev.sci4j.measurement.IdlePolicy;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.RunMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
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
 * The periodic rewrite of the measurement file with the store full (the default 600 samples), atomically
 * (temp file + rename). The agent does this every {@code output.write.intervals} intervals, so its share of one
 * core is this time ÷ (write intervals × interval).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MeasurementWriteBenchmark {
    static final int FULL_STORE_SAMPLES = 600;
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private MeasurementWriter writer;
    private Path dir;

    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("sci4j-bench-write");
        SampleStore store = new SampleStore(FULL_STORE_SAMPLES);
        for (int i = 0; i < FULL_STORE_SAMPLES; i++) {
            store.add(IntervalSample.builder()
                    .window(T0.plusSeconds(i), T0.plusSeconds(i + 1))
                    .machineJoules("cpu", 12.5 + i % 7)
                    .machineJoules("memory", 4.9)
                    .machineActiveJoules(6.25)
                    .machineIdleJoules(6.25 + i % 7)
                    .machineMemoryJoules(4.9)
                    .processJoules(IntervalSample.ACTIVE, 3.1)
                    .processJoules(IntervalSample.IDLE, 0)
                    .processJoules(IntervalSample.MEMORY, 0.02)
                    .processCpuSeconds(0.5)
                    .hostBusyCpuSeconds(1.0)
                    .hostTotalCpuSeconds(2.0)
                    .samplerCpuSeconds(0.0002)
                    .build());
        }
        RunMetadata run = RunMetadata.builder()
                .runId("bench")
                .startedAt(T0)
                .endedAt(T0.plusSeconds(FULL_STORE_SAMPLES))
                .hostName("bench")
                .os("Linux")
                .cpuModel("bench CPU")
                .logicalCores(2)
                .jvmVendor("v")
                .jvmVersion("17")
                .pid(1)
                .agentVersion("bench")
                .energySource(new EnergySourceInfo(EnergySourceKind.MODEL, "benchmark", AccuracyClass.C))
                .attribution(Attribution.activeSplit(IdlePolicy.NONE, 0))
                .configuration(Map.of("interval", "1s"))
                .build();
        writer = new MeasurementWriter(dir.resolve("m.json"), store, () -> run, message -> {});
    }

    @Benchmark
    public boolean writeFullStore() {
        return writer.write();
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(dir.resolve("m.json"));
        Files.deleteIfExists(dir);
    }
}
