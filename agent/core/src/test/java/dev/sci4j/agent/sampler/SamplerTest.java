package dev.sci4j.agent.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sci4j.agent.attribution.Attributor;
import dev.sci4j.agent.clock.ManualClock;
import dev.sci4j.agent.energy.EnergyReadException;
import dev.sci4j.agent.energy.EnergySource;
import dev.sci4j.agent.energy.EnergySourceChain;
import dev.sci4j.agent.energy.EnergySourceUnavailableException;
import dev.sci4j.measurement.EnergySourceKind;
import dev.sci4j.measurement.IdlePolicy;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SamplerTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final FakeProbe probe = new FakeProbe();
    private final SampleStore store = new SampleStore(100);
    private final List<String> log = new ArrayList<>();
    private final ScriptedSource rapl = new ScriptedSource(EnergySourceKind.RAPL, List.of("package", "dram"));
    private final ScriptedSource model = new ScriptedSource(EnergySourceKind.MODEL, List.of("cpu", "memory"));

    private Sampler sampler(EnergySource... sources) {
        List<EnergySourceChain.Opener> openers = new ArrayList<>();
        for (EnergySource s : sources) {
            openers.add(new EnergySourceChain.Opener() {
                @Override
                public String name() {
                    return s.info().kind().id();
                }

                @Override
                public EnergySource open() throws EnergySourceUnavailableException {
                    return s;
                }
            });
        }
        Sampler sampler = new Sampler(
                new EnergySourceChain(openers),
                probe,
                clock,
                new Attributor(IdlePolicy.NONE, 0, 4),
                store,
                SampleListener.NONE,
                log::add);
        assertThat(sampler.open()).isTrue();
        return sampler;
    }

    private void interval(double packageJoules, double dramJoules) {
        clock.advance(Duration.ofSeconds(1));
        rapl.cumulative[0] += packageJoules;
        rapl.cumulative[1] += dramJoules;
        probe.advance(2, 4, 1);
    }

    private Measurement measurement() {
        return store.snapshot(TestRuns.run());
    }

    @Test
    void oneIntervalIsAttributedByTheActiveSplit() {
        Sampler s = sampler(rapl);
        interval(40, 4);

        s.sampleOnce();

        IntervalSample sample = measurement().samples().get(0);
        assertThat(sample.durationSeconds()).isEqualTo(1.0);
        assertThat(sample.machineJoules()).containsEntry("package", 40.0).containsEntry("dram", 4.0);
        assertThat(sample.machineActiveJoules()).isCloseTo(20, within(1e-9)); // busy 2 of 4 CPU-seconds
        assertThat(sample.processJoule(IntervalSample.ACTIVE)).isCloseTo(10, within(1e-9)); // 1 of 2 busy
        assertThat(sample.processJoule(IntervalSample.MEMORY)).isCloseTo(0.4, within(1e-9)); // 10 % resident
        assertThat(sample.processCpuSeconds()).isEqualTo(1.0);
    }

    @Test
    void failedReadExtendsTheWindowToTheNextGoodOne() {
        Sampler s = sampler(rapl);
        interval(40, 4);
        rapl.failure = new EnergyReadException("gone", false, null);
        s.sampleOnce();
        rapl.failure = null;
        interval(40, 4);

        s.sampleOnce();

        List<IntervalSample> samples = measurement().samples();
        assertThat(samples).hasSize(1);
        assertThat(samples.get(0).durationSeconds()).isEqualTo(2.0);
        assertThat(samples.get(0).machineJoules()).containsEntry("package", 80.0);
        assertThat(measurement().skippedIntervals()).isZero();
        assertThat(log).hasSize(1);
    }

    @Test
    void implausibleReadDropsTheWindow() {
        Sampler s = sampler(rapl);
        interval(40, 4);
        rapl.failure = new EnergyReadException("implausible", true, null);
        s.sampleOnce();
        rapl.failure = null;
        interval(30, 3);

        s.sampleOnce();

        List<IntervalSample> samples = measurement().samples();
        assertThat(samples).hasSize(1);
        assertThat(samples.get(0).durationSeconds()).isEqualTo(1.0);
        assertThat(samples.get(0).processCpuSeconds()).isEqualTo(1.0);
        assertThat(measurement().skippedIntervals()).isEqualTo(1);
    }

    @Test
    void repeatedFailuresSwitchToTheNextSourceAndDiscloseIt() {
        Sampler s = sampler(rapl, model);
        rapl.failure = new EnergyReadException("gone", false, null);
        for (int i = 0; i < Sampler.FAILURES_BEFORE_FALLBACK; i++) {
            interval(1, 1);
            s.sampleOnce();
        }
        clock.advance(Duration.ofSeconds(1));
        model.cumulative[0] = 5;
        model.cumulative[1] = 1;
        probe.advance(2, 4, 1);

        s.sampleOnce();

        assertThat(s.sourceInfo().kind()).isEqualTo(EnergySourceKind.MODEL);
        assertThat(s.sourceInfo().detail()).contains("fallback after rapl");
        assertThat(s.sourceInfo().accuracyClass()).isEqualTo(model.info.accuracyClass());
        assertThat(measurement().samples())
                .singleElement()
                .satisfies(x -> assertThat(x.machineJoules()).containsEntry("cpu", 5.0));
        assertThat(log).anyMatch(l -> l.contains("switching to the next source"));
    }

    @Test
    void noTimeElapsedMeansNoSample() {
        Sampler s = sampler(rapl);

        s.sampleOnce();

        assertThat(measurement().samples()).isEmpty();
    }
}
