package dev.sci4j.agent.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sci4j.agent.attribution.Attributor;
import dev.sci4j.agent.bootstrap.UnitCounters;
import dev.sci4j.agent.clock.ManualClock;
import dev.sci4j.agent.config.GpuSettings;
import dev.sci4j.agent.energy.EnergySource;
import dev.sci4j.agent.energy.EnergySourceChain;
import dev.sci4j.agent.gpu.FakeNvml;
import dev.sci4j.agent.gpu.GpuMeter;
import dev.sci4j.agent.units.UnitSampler;
import dev.sci4j.measurement.EnergySourceKind;
import dev.sci4j.measurement.IdlePolicy;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.UnitSample;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GPU energy in the sampler's windows: the file's fields, the units' share and Σ units + unattributed = process. */
class SamplerGpuTest {
    private static final long SELF = 100;
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final ManualClock clock = new ManualClock(T0);
    private final FakeProbe probe = new FakeProbe();
    private final SampleStore store = new SampleStore(100);
    private final List<String> log = new ArrayList<>();
    private final ScriptedSource rapl = new ScriptedSource(EnergySourceKind.RAPL, List.of("package", "dram"));
    private final FakeNvml nvml = new FakeNvml();
    private final FakeNvml.Device gpu = nvml.add();
    private long micros = T0.toEpochMilli() * 1000;

    private Sampler sampler(String gpuUnitKind, UnitSampler units) {
        Sampler s = new Sampler(
                new EnergySourceChain(List.of(new EnergySourceChain.Opener() {
                    @Override
                    public String name() {
                        return "rapl";
                    }

                    @Override
                    public EnergySource open() {
                        return rapl;
                    }
                })),
                probe,
                clock,
                new Attributor(IdlePolicy.NONE, 0, 4),
                store,
                SampleListener.NONE,
                log::add);
        if (units != null) {
            units.take(0, 0, 1); // leaves behind what other tests counted in this JVM's shared counters
            s.attributeUnitsWith(units);
        }
        assertThat(s.open()).isTrue();
        GpuMeter meter = GpuMeter.open(
                nvml,
                GpuSettings.of(GpuSettings.Policy.PROCESS, null, Set.of(), null, gpuUnitKind),
                IdlePolicy.NONE,
                () -> Set.of(SELF),
                clock,
                log::add);
        s.measureGpuWith(meter, gpuUnitKind);
        return s;
    }

    /** One second: 40 J package, 2 of 4 CPU-s busy, 1 CPU-s this process; 600 J on the GPU, all of it ours. */
    private void second() {
        clock.advance(Duration.ofSeconds(1));
        micros += 1_000_000;
        rapl.cumulative[0] += 40;
        probe.advance(2, 4, 1);
        gpu.energyMillijoules += 600_000;
        gpu.utilizationPercent = 100;
        gpu.sample(SELF, micros - 1, 90);
    }

    private IntervalSample only() {
        Measurement m = store.snapshot(TestRuns.run());
        assertThat(m.samples()).hasSize(1);
        return m.samples().get(0);
    }

    @Test
    void gpuEnergyIsRecordedBesideTheCpuSide() {
        Sampler s = sampler(null, null);
        second();

        s.sampleOnce();

        IntervalSample sample = only();
        assertThat(sample.machineGpuJoules()).isCloseTo(600, within(1e-9));
        assertThat(sample.processJoule(IntervalSample.GPU)).isCloseTo(600, within(1e-9));
        assertThat(sample.processJoule(IntervalSample.ACTIVE)).isCloseTo(10, within(1e-9));
        assertThat(sample.processTotalJoules())
                .isCloseTo(610 + sample.processJoule(IntervalSample.MEMORY), within(1e-9));
    }

    @Test
    void byDefaultUnitsGetGpuEnergyInProportionToTheirCpuAttributedEnergy() {
        UnitSampler units = new UnitSampler(false);
        Sampler s = sampler(null, units);
        int request = UnitCounters.id("gpu-test-request");
        second();
        UnitCounters.completed(request, false);
        UnitCounters.addCpuNanos(request, 500_000_000); // half the process CPU

        s.sampleOnce();

        IntervalSample sample = only();
        UnitSample u = sample.units().get("gpu-test-request");
        assertThat(u.joules()).isCloseTo((10 + 600) * 0.5, within(1e-6));
        double unitsJoules =
                sample.units().values().stream().mapToDouble(UnitSample::joules).sum();
        assertThat(unitsJoules + sample.unattributedJoules()).isCloseTo(sample.processTotalJoules(), within(1e-6));
    }

    @Test
    void aGpuUnitKindTakesAllTheGpuEnergy() {
        UnitSampler units = new UnitSampler(false);
        Sampler s = sampler("gpu-test-tokens", units);
        int request = UnitCounters.id("gpu-test-request2");
        int tokens = UnitCounters.id("gpu-test-tokens");
        second();
        UnitCounters.completed(request, false);
        UnitCounters.addCpuNanos(request, 500_000_000);
        UnitCounters.add(tokens, 1000);

        s.sampleOnce();

        IntervalSample sample = only();
        assertThat(sample.units().get("gpu-test-tokens").okCount()).isEqualTo(1000);
        assertThat(sample.units().get("gpu-test-tokens").joules()).isCloseTo(600, within(1e-6));
        assertThat(sample.units().get("gpu-test-request2").joules()).isCloseTo(5, within(1e-6));
        double unitsJoules =
                sample.units().values().stream().mapToDouble(UnitSample::joules).sum();
        assertThat(unitsJoules + sample.unattributedJoules()).isCloseTo(sample.processTotalJoules(), within(1e-6));
    }

    @Test
    void withoutTheGpuUnitKindInAWindowItsGpuEnergyStaysUnattributed() {
        UnitSampler units = new UnitSampler(false);
        Sampler s = sampler("gpu-test-tokens-absent", units);
        second();

        s.sampleOnce();

        IntervalSample sample = only();
        assertThat(sample.units()).doesNotContainKey("gpu-test-tokens-absent");
        assertThat(sample.unattributedJoules()).isGreaterThanOrEqualTo(600);
    }

    @Test
    void aGpuCounterResetDropsTheWholeWindowAndTheNextIsWhole() {
        gpu.energyMillijoules = 5_000_000L;
        Sampler s = sampler(null, null);
        second();
        gpu.energyMillijoules = 0L; // driver reloaded within the window

        s.sampleOnce();
        second();
        s.sampleOnce();

        Measurement m = store.snapshot(TestRuns.run());
        assertThat(m.skippedIntervals()).isEqualTo(1);
        IntervalSample sample = only();
        assertThat(sample.machineGpuJoules()).isCloseTo(600, within(1e-9));
        assertThat(sample.machineJoules().get("package")).isCloseTo(40, within(1e-9)); // not 80: dropped too
        assertThat(sample.processCpuSeconds()).isCloseTo(1, within(1e-9));
    }
}
