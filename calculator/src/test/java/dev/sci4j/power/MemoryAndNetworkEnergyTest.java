package dev.sci4j.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MemoryAndNetworkEnergyTest {
    @Test
    void memoryDrawsCcfCoefficientOf0_000392KwhPerGigabyteHour() {
        assertThat(new MemoryPower().energy(1, Duration.ofHours(1)).kwh()).isCloseTo(0.000392, within(1e-18));
        assertThat(MemoryPower.ccf().energy(16, Duration.ofHours(24)).kwh())
                .isCloseTo(16 * 24 * 0.000392, within(1e-15));
    }

    @Test
    void networkCostsOneThousandthKwhPerGigabyte() {
        assertThat(new NetworkEnergy().energy(1).kwh()).isCloseTo(0.001, within(1e-18));
        assertThat(NetworkEnergy.ccf().energy(250).kwh()).isCloseTo(0.25, within(1e-15));
    }

    @Test
    void negativeAmountsAreRejectedNamingTheField() {
        assertThatThrownBy(() -> new MemoryPower().energy(-1, Duration.ofHours(1)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("memory (GB)");
        assertThatThrownBy(() -> new NetworkEnergy().energy(-1))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("network data transferred (GB)");
        assertThatThrownBy(() -> new MemoryPower(-0.1))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("memory watts per GB");
    }
}
