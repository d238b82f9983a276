package dev.sci4j.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SliceOrderTest {
    @Test
    void slicesAlternateAbbaSoALinearDriftFallsOnBothShopsAlike() {
        int[] order = IntStream.range(0, 8).map(LoadBenchmark::sliceRunner).toArray();

        assertThat(order).containsExactly(0, 1, 1, 0, 0, 1, 1, 0);
        // Σ slice positions per shop: equal, so a drift linear in time adds the same to both.
        assertThat(IntStream.range(0, 8).filter(i -> order[i] == 0).sum())
                .isEqualTo(IntStream.range(0, 8).filter(i -> order[i] == 1).sum());
    }
}
