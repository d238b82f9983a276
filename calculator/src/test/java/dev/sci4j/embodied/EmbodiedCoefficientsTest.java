package dev.sci4j.embodied;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sci4j.input.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbodiedCoefficientsTest {
    private final EmbodiedCoefficients ccf = EmbodiedCoefficients.bundled();

    private double totalKg(Hardware hardware) {
        return ccf.estimate(hardware).total().kilograms();
    }

    @Test
    void bundledBaseIsA1000KgMonoSocket16GbServerWithoutDrivesOrGpus() {
        assertThat(ccf.base().carbon().kilograms()).isEqualTo(1000);
        assertThat(ccf.base().includes(HardwareComponent.CPU_SOCKETS)).isEqualTo(1);
        assertThat(ccf.base().includes(HardwareComponent.MEMORY_GB)).isEqualTo(16);
        assertThat(ccf.base().includes(HardwareComponent.SSD)).isZero();
        assertThat(ccf.base().includes(HardwareComponent.HDD)).isZero();
        assertThat(ccf.base().includes(HardwareComponent.GPU)).isZero();
        assertThat(totalKg(new Hardware(1, 16, 0, 0, 0))).isEqualTo(1000);
    }

    @Test
    void bundledAdditionsAreCcfPerComponentCoefficients() {
        assertThat(ccf.additions()
                        .get(HardwareComponent.CPU_SOCKETS)
                        .carbonOf(1)
                        .kilograms())
                .isEqualTo(100);
        assertThat(ccf.additions()
                        .get(HardwareComponent.MEMORY_GB)
                        .carbonOf(384)
                        .kilograms())
                .isCloseTo(533, within(1e-9));
        assertThat(ccf.additions().get(HardwareComponent.SSD).carbonOf(1).kilograms())
                .isEqualTo(100);
        assertThat(ccf.additions().get(HardwareComponent.HDD).carbonOf(1).kilograms())
                .isEqualTo(50);
        assertThat(ccf.additions().get(HardwareComponent.GPU).carbonOf(1).kilograms())
                .isEqualTo(150);
    }

    /** CCF's own tests (cloud-carbon-coefficients tests/test_embodied_coefficients.py), rounded there to 0.01 kg. */
    @Test
    void reproducesCcfWorkedExamples() {
        // a1.medium: 1 socket, 32 GB, no storage → memory 22.21, total 1022.21
        assertThat(totalKg(new Hardware(1, 32, 0, 0, 0))).isCloseTo(1022.21, within(0.005));
        // c3.xlarge: 2 sockets, 60 GB, 2 SSDs → memory 61.07, storage 200, CPU 100, total 1361.07
        assertThat(totalKg(new Hardware(2, 60, 2, 0, 0))).isCloseTo(1361.07, within(0.005));
        // g4dn.xlarge: 2 sockets, 384 GB, 2 SSDs, 8 GPUs → memory 510.79, total 3010.79
        assertThat(totalKg(new Hardware(2, 384, 2, 0, 8))).isCloseTo(3010.79, within(0.005));
    }

    @Test
    void breakdownDisclosesBaseAndEveryComponentWithItsSource() {
        EmbodiedEstimate estimate = ccf.estimate(new Hardware(2, 64, 1, 3, 0));
        assertThat(estimate.parts())
                .extracting(EmbodiedEstimate.Part::item)
                .containsExactly("base", "cpuSockets", "memoryGb", "ssdCount", "hddCount", "gpuCount");
        assertThat(estimate.parts())
                .extracting(EmbodiedEstimate.Part::quantity)
                .containsExactly(1.0, 1.0, 48.0, 1.0, 3.0, 0.0);
        assertThat(estimate.parts())
                .allSatisfy(part -> assertThat(part.source()).contains("CCF"));
        double sumGrams =
                estimate.parts().stream().mapToDouble(p -> p.carbon().grams()).sum();
        assertThat(estimate.total().grams()).isCloseTo(sumGrams, within(1e-9));
        assertThat(estimate.total().kilograms()).isCloseTo(1000 + 100 + 48 * 533.0 / 384 + 100 + 150, within(1e-9));
    }

    @Test
    void memoryBelowTheBasesEarnsNoCredit() {
        assertThat(totalKg(new Hardware(1, 4, 0, 0, 0))).isEqualTo(1000);
    }

    @Test
    void coefficientsFileWithUnknownComponentIsRejected(@TempDir Path dir) throws IOException {
        String bundled;
        try (var in = EmbodiedCoefficients.class.getResourceAsStream(EmbodiedCoefficients.BUNDLED_RESOURCE)) {
            bundled = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Path file = Files.writeString(
                dir.resolve("coefficients.json"), bundled.replace("\"gpuCount\": {", "\"tpuCount\": {"));
        assertThatThrownBy(() -> EmbodiedCoefficients.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("tpuCount");
    }

    @Test
    void coefficientsFileMissingANumberIsRejectedRatherThanReadAsZero(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(
                dir.resolve("c.json"),
                "{\"about\": \"x\", \"base\": {\"includes\": {}, \"description\": \"d\", \"source\": \"s\"}, \"additions\": {}}");
        assertThatThrownBy(() -> EmbodiedCoefficients.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("kgCO2e");
    }
}
