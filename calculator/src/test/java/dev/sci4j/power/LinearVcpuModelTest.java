package dev.sci4j.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LinearVcpuModelTest {
    private final LinearVcpuModel unknown = LinearVcpuModel.unknownCpu();

    @Test
    void unknownCpuUsesCcfAwsAverages() {
        assertThat(unknown.minWattsPerVcpu()).isEqualTo(0.74);
        assertThat(unknown.maxWattsPerVcpu()).isEqualTo(3.5);
    }

    @Test
    void wattsRunLinearlyFromMinToMaxPerVcpu() {
        assertThat(unknown.watts(4, 0)).isCloseTo(4 * 0.74, within(1e-12));
        assertThat(unknown.watts(4, 100)).isCloseTo(4 * 3.5, within(1e-12));
        assertThat(unknown.watts(4, 50)).isCloseTo(4 * (0.74 + 0.5 * (3.5 - 0.74)), within(1e-12));
    }

    @Test
    void energyIsWattsTimesDuration() {
        // 2 vCPUs at 50 % for 1 h: 2 × 2.12 W × 1 h = 4.24 Wh
        assertThat(unknown.energy(2, 50, Duration.ofHours(1)).kwh()).isCloseTo(0.00424, within(1e-15));
    }

    @Test
    void minAboveMaxIsRejected() {
        assertThatThrownBy(() -> new LinearVcpuModel(4, 3))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minimum watts per vCPU");
    }

    @Test
    void outOfRangeUtilisationOrNegativeVcpusIsRejected() {
        assertThatThrownBy(() -> unknown.watts(1, 101))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("utilisation");
        assertThatThrownBy(() -> unknown.watts(-1, 50))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vCPUs");
    }
}
