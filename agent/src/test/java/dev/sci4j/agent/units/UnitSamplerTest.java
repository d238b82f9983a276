package dev.sci4j.agent.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sci4j.agent.bootstrap.UnitContext;
import dev.sci4j.agent.bootstrap.UnitCounters;
import dev.sci4j.measurement.UnitSample;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitSamplerTest {
    @Test
    void joulesAreCpuTimesTheWindowsActiveJoulesPerCpuSecond() {
        UnitSampler sampler = new UnitSampler();
        sampler.take(0, 0); // baseline: whatever other tests counted
        int id = UnitCounters.id("sampled-" + System.nanoTime());
        UnitCounters.addCpuNanos(id, 100_000_000L); // 0.1 s
        UnitCounters.completed(id, false);
        UnitCounters.completed(id, true);

        Map<String, UnitSample> units = sampler.take(10.0, 1.0); // 10 J per CPU second

        UnitSample u = units.get(UnitCounters.name(id));
        assertThat(u.okCount()).isEqualTo(1);
        assertThat(u.failedCount()).isEqualTo(1);
        assertThat(u.cpuSeconds()).isCloseTo(0.1, within(1e-12));
        assertThat(u.joules()).isCloseTo(1.0, within(1e-9));
        assertThat(sampler.take(10.0, 1.0)).doesNotContainKey(UnitCounters.name(id)); // deltas, not totals
    }

    @Test
    void unitsNeverGetMoreThanTheProcessActiveEnergy() {
        UnitSampler sampler = new UnitSampler();
        sampler.take(0, 0);
        int id = UnitCounters.id("long-" + System.nanoTime());
        UnitCounters.addCpuNanos(id, 3_000_000_000L); // a unit that ran over several windows ends now

        double joules = sampler.take(5.0, 1.0).values().stream().mapToDouble(UnitSample::joules).sum();

        assertThat(joules).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void withoutProcessCpuNoEnergyIsAttributed() {
        UnitSampler sampler = new UnitSampler();
        sampler.take(0, 0);
        UnitContext.enter(UnitCounters.id("idle-" + System.nanoTime()));
        UnitContext.exit(false);

        assertThat(sampler.take(3.0, 0).values()).allSatisfy(u -> assertThat(u.joules()).isZero());
    }
}
