package dev.sci4j.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VcpuShareTest {
    @Test
    void fractionIsAllocatedOverTotal() {
        assertThat(new VcpuShare(2, 8).fraction()).isEqualTo(0.25);
        assertThat(VcpuShare.WHOLE.fraction()).isEqualTo(1.0);
    }

    @Test
    void allocatedAboveTotalIsRejected() {
        assertThatThrownBy(() -> new VcpuShare(9, 8))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vCPUs allocated");
    }

    @Test
    void zeroOrNegativeCountsAreRejectedNamingTheField() {
        assertThatThrownBy(() -> new VcpuShare(0, 8))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vCPUs allocated");
        assertThatThrownBy(() -> new VcpuShare(1, -8))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vCPUs total");
    }
}
