package dev.sci4j.agent.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SampleStoreTest {
    private static IntervalSample sample(int second) {
        Instant t = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(second);
        return IntervalSample.builder()
                .window(t, t.plusSeconds(1))
                .machineJoules("cpu", 2)
                .machineActiveJoules(2)
                .processJoules(IntervalSample.ACTIVE, 1)
                .processCpuSeconds(0.5)
                .build();
    }

    @Test
    void keepsTheLastNInFullAndMergesOlderOnesLosingNothing() {
        SampleStore store = new SampleStore(3);
        for (int i = 0; i < 10; i++) {
            store.add(sample(i));
        }

        Measurement m = store.snapshot(TestRuns.run());

        assertThat(m.samples()).hasSize(3);
        assertThat(m.samples().get(0).start()).isEqualTo(sample(7).start());
        assertThat(m.aggregated()).get().satisfies(a -> {
            assertThat(a.sampleCount()).isEqualTo(7);
            assertThat(a.total().durationSeconds()).isEqualTo(7.0);
        });
        assertThat(m.sampleCount()).isEqualTo(10);
        assertThat(m.total().get().processTotalJoules()).isCloseTo(10.0, within(1e-9));
        assertThat(m.total().get().machineJoules().get("cpu")).isCloseTo(20.0, within(1e-9));
    }
}
