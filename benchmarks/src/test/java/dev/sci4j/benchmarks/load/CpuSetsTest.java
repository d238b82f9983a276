package dev.sci4j.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuSetsTest {
    @Test
    void fourCoresGiveEachServiceOneAndTheDriverTwo() {
        CpuSets sets = new CpuSets(4);

        assertThat(sets.first).isEqualTo("0");
        assertThat(sets.second).isEqualTo("1");
        assertThat(sets.driver).isEqualTo("2-3");
    }

    @Test
    void sixteenCoresGiveEachServiceAQuarterAndTheDriverHalf() {
        CpuSets sets = new CpuSets(16);

        assertThat(sets.first).isEqualTo("0-3");
        assertThat(sets.second).isEqualTo("4-7");
        assertThat(sets.driver).isEqualTo("8-15");
    }
}
