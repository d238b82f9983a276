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
        UnitSampler sampler = new UnitSampler(false);
        sampler.take(0, 0, 1); // baseline: whatever other tests counted
        int id = UnitCounters.id("sampled-" + System.nanoTime());
        UnitCounters.addCpuNanos(id, 100_000_000L); // 0.1 s
        UnitCounters.completed(id, false);
        UnitCounters.completed(id, true);

        Map<String, UnitSample> units = sampler.take(10.0, 1.0, 1); // 10 J per CPU second

        UnitSample u = units.get(UnitCounters.name(id));
        assertThat(u.okCount()).isEqualTo(1);
        assertThat(u.failedCount()).isEqualTo(1);
        assertThat(u.cpuSeconds()).isCloseTo(0.1, within(1e-12));
        assertThat(u.joules()).isCloseTo(1.0, within(1e-9));
        assertThat(sampler.take(10.0, 1.0, 1)).doesNotContainKey(UnitCounters.name(id)); // deltas, not totals
    }

    @Test
    void unitsNeverGetMoreThanTheProcessActiveEnergy() {
        UnitSampler sampler = new UnitSampler(false);
        sampler.take(0, 0, 1);
        int id = UnitCounters.id("long-" + System.nanoTime());
        UnitCounters.addCpuNanos(id, 3_000_000_000L); // a unit that ran over several windows ends now

        double joules = sampler.take(5.0, 1.0, 1).values().stream()
                .mapToDouble(UnitSample::joules)
                .sum();

        assertThat(joules).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void aNestedUnitsEnergyIsPartOfItsParentsAndCountedOnceAgainstTheProcess() {
        UnitSampler sampler = new UnitSampler(false);
        sampler.take(0, 0, 1);
        int http = UnitCounters.id("http POST /checkout-" + System.nanoTime());
        int checkout = UnitCounters.id("checkout-" + System.nanoTime());
        int tax = UnitCounters.id("tax-" + System.nanoTime());
        int checkoutPath = UnitCounters.nestedId(http, checkout);
        int taxPath = UnitCounters.nestedId(checkoutPath, tax);
        UnitCounters.addCpuNanos(http, 300_000_000L); // inclusive: its nested units' 0.2 s are in it
        UnitCounters.completed(http, false);
        UnitCounters.addCpuNanos(checkoutPath, 200_000_000L);
        UnitCounters.completed(checkoutPath, false);
        UnitCounters.addCpuNanos(taxPath, 50_000_000L);
        UnitCounters.completed(taxPath, false);
        UnitCounters.completed(taxPath, false);

        Map<String, UnitSample> units = sampler.take(10.0, 1.0, 1); // 10 J per CPU second

        UnitSample outer = units.get(UnitCounters.name(http));
        assertThat(outer.joules()).isCloseTo(3.0, within(1e-9));
        UnitSample inner = outer.nested().get(UnitCounters.name(checkout));
        assertThat(inner.okCount()).isEqualTo(1);
        assertThat(inner.joules()).isCloseTo(2.0, within(1e-9));
        UnitSample innermost = inner.nested().get(UnitCounters.name(tax));
        assertThat(innermost.okCount()).isEqualTo(2);
        assertThat(innermost.joules()).isCloseTo(0.5, within(1e-9));
        assertThat(units).doesNotContainKeys(UnitCounters.name(checkout), UnitCounters.name(tax));
        // only outermost units are summed against the process: 3 J of 10, not 5.5
        assertThat(units.values().stream().mapToDouble(UnitSample::joules).sum())
                .isCloseTo(3.0, within(1e-9));
    }

    @Test
    void aNestedUnitThatEndsBeforeItsParentComesOutUnderAParentWithNothingOfItsOwnYet() {
        UnitSampler sampler = new UnitSampler(false);
        sampler.take(0, 0, 1);
        int http = UnitCounters.id("http GET /long-" + System.nanoTime());
        int step = UnitCounters.id("step-" + System.nanoTime());
        UnitCounters.completed(UnitCounters.nestedId(http, step), false);

        UnitSample outer = sampler.take(1.0, 1.0, 1).get(UnitCounters.name(http));

        assertThat(outer.count()).isZero();
        assertThat(outer.nested().get(UnitCounters.name(step)).okCount()).isEqualTo(1);
    }

    @Test
    void nestedUnitsAreScaledDownWithTheirParents() {
        UnitSampler sampler = new UnitSampler(false);
        sampler.take(0, 0, 1);
        int outer = UnitCounters.id("long-outer-" + System.nanoTime());
        int inner = UnitCounters.id("long-inner-" + System.nanoTime());
        UnitCounters.addCpuNanos(outer, 2_000_000_000L); // 2 s ends in a window of 1 s process CPU
        UnitCounters.addCpuNanos(UnitCounters.nestedId(outer, inner), 1_000_000_000L);

        UnitSample o = sampler.take(4.0, 1.0, 1).get(UnitCounters.name(outer));

        assertThat(o.joules()).isCloseTo(4.0, within(1e-9));
        assertThat(o.nested().get(UnitCounters.name(inner)).joules()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void withoutProcessCpuNoEnergyIsAttributed() {
        UnitSampler sampler = new UnitSampler(false);
        sampler.take(0, 0, 1);
        UnitContext.enter(UnitCounters.id("idle-" + System.nanoTime()));
        UnitContext.exit(false);

        assertThat(sampler.take(3.0, 0, 1).values())
                .allSatisfy(u -> assertThat(u.joules()).isZero());
    }

    @Test
    void samplingPeriodKeepsAtLeast64UnitsASecondMeasured() {
        assertThat(UnitSampler.samplingPeriod(0)).isEqualTo(1);
        assertThat(UnitSampler.samplingPeriod(127)).isEqualTo(1);
        assertThat(UnitSampler.samplingPeriod(128)).isEqualTo(2);
        assertThat(UnitSampler.samplingPeriod(3000)).isEqualTo(32); // 94 measured a second
        assertThat(UnitSampler.samplingPeriod(1e9)).isEqualTo(UnitSampler.MAX_PERIOD);
        for (double rate = 1; rate < 1e7; rate *= 1.7) {
            int k = UnitSampler.samplingPeriod(rate);
            assertThat(Integer.bitCount(k)).isEqualTo(1);
            assertThat(rate / k).isGreaterThanOrEqualTo(Math.min(rate, 64));
        }
    }

    @Test
    void adaptiveSamplingFollowsEachKindsRateButNotAnIdleWindowAndEveryUnitNeverSamples() {
        int frequent = UnitCounters.id("frequent-" + System.nanoTime());
        int rare = UnitCounters.id("rare-" + System.nanoTime());
        UnitSampler adaptive = new UnitSampler(true);
        adaptive.take(0, 0, 1);
        for (int i = 0; i < 5000; i++) {
            UnitCounters.completed(frequent, false);
        }
        UnitCounters.completed(rare, false);

        adaptive.take(1, 1, 2.0); // 2500 and 0.5 units a second

        assertThat(UnitCounters.sampleEvery(frequent)).isEqualTo(32);
        assertThat(UnitCounters.sampleEvery(rare)).isEqualTo(1);
        adaptive.take(1, 1, 2.0); // idle: nothing says the next burst is slower
        assertThat(UnitCounters.sampleEvery(frequent)).isEqualTo(32);
        UnitCounters.completed(frequent, false);
        adaptive.take(1, 1, 2.0); // it runs rarely now: every unit is measured again
        assertThat(UnitCounters.sampleEvery(frequent)).isEqualTo(1);
        assertThat(adaptive.sampling()).isEqualTo("adaptive");
        assertThat(new UnitSampler(false).sampling()).isEqualTo("every-unit");
    }
}
