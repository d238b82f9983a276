package dev.sci4j.benchmarks.agent;

import dev.sci4j.agent.attribution.Attributor;
import dev.sci4j.agent.clock.Clock;
import dev.sci4j.agent.config.AgentConfig;
import dev.sci4j.agent.energy.EnergySources;
import dev.sci4j.agent.energy.FileReader;
import dev.sci4j.agent.sampler.SampleListener;
import dev.sci4j.agent.sampler.SampleStore;
import dev.sci4j.agent.sampler.Sampler;
import dev.sci4j.agent.system.SystemProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One sampler cycle as the agent runs it every interval: read the energy source, host CPU ticks, process CPU
 * and resident memory, attribute, and store the sample. {@code model} reads the real OSHI probe on this
 * machine; {@code rapl} reads a fake two-socket powercap tree (the same files the kernel exposes). Divide the
 * time per cycle by the interval (1 s by default) for the sampler's share of one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SamplerCycleBenchmark {
    @Param({"model", "rapl"})
    String source;

    private Sampler sampler;
    private Path powercap;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        powercap = FakePowercap.twoSockets();
        AgentConfig config = AgentConfig.fromArgs("energy.source=" + source + ";powercap.root=" + powercap);
        SystemProbe probe = SystemProbe.forThisHost(); // what the agent uses: /proc on Linux
        Attributor attributor = new Attributor(config.idlePolicy(), config.reservedCores(), probe.logicalCores());
        sampler = new Sampler(
                EnergySources.chain(config, probe, Clock.system(), FileReader.system()),
                probe,
                Clock.system(),
                attributor,
                new SampleStore(config.samplesMax()),
                SampleListener.NONE,
                message -> {});
        if (!sampler.open()) {
            throw new IllegalStateException("no energy source opened for " + source);
        }
    }

    @Setup(Level.Invocation)
    public void advanceCounters() throws IOException {
        FakePowercap.advance(powercap);
    }

    @Benchmark
    public void sampleOnce() {
        sampler.sampleOnce();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(powercap)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
