package dev.sci4j.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalSampleTest {
    @Test
    void processEnergyAboveMachineEnergyIsRejected() {
        assertThatThrownBy(() -> IntervalSample.builder()
                        .window(Fixtures.T0, Fixtures.T0.plusSeconds(1))
                        .machineActiveJoules(1)
                        .processJoules(IntervalSample.ACTIVE, 2)
                        .build())
                .hasMessageContaining("processJoules.active");
    }

    @Test
    void unknownProcessComponentIsRejectedAsTheSchemaDoes() {
        assertThatThrownBy(() -> IntervalSample.builder()
                        .window(Fixtures.T0, Fixtures.T0.plusSeconds(1))
                        .processJoules("network", 0)
                        .build())
                .hasMessageContaining("processJoules.network");
    }

    @Test
    void negativeJoulesAreRejected() {
        assertThatThrownBy(() -> IntervalSample.builder()
                        .window(Fixtures.T0, Fixtures.T0.plusSeconds(1))
                        .machineJoules("package", -1)
                        .build())
                .hasMessageContaining("machineJoules.package");
    }

    @Test
    void windowMustNotRunBackwards() {
        assertThatThrownBy(() -> IntervalSample.builder()
                        .window(Fixtures.T0.plusSeconds(1), Fixtures.T0)
                        .build())
                .hasMessageContaining("before start");
    }

    @Test
    void plusSpansBothWindowsAndAddsQuantities() {
        IntervalSample sum = Fixtures.sample(0).plus(Fixtures.sample(1));

        assertThat(sum.start()).isEqualTo(Fixtures.T0);
        assertThat(sum.end()).isEqualTo(Fixtures.T0.plusSeconds(2));
        assertThat(sum.machineJoules().get("cpu")).isCloseTo(21.0, within(1e-9));
        assertThat(sum.processTotalJoules()).isCloseTo(4.4, within(1e-9));
        assertThat(sum.processCpuSeconds()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void unattributedDefaultsToTheProcessEnergyNotInUnits() {
        assertThat(Fixtures.sample(0).unattributedJoules()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void unitsPlusUnattributedMustEqualTheProcessEnergy() {
        assertThatThrownBy(() -> IntervalSample.builder()
                        .window(Fixtures.T0, Fixtures.T0.plusSeconds(1))
                        .machineActiveJoules(4)
                        .processJoules(IntervalSample.ACTIVE, 2)
                        .unit("search", new UnitSample(1, 0, 0.1, 1.0))
                        .unattributedJoules(0.5)
                        .build())
                .hasMessageContaining("unattributedJoules");
    }

    @Test
    void plusMergesUnitsByName() {
        IntervalSample sum = Fixtures.sample(0).plus(Fixtures.sample(1));

        assertThat(sum.units().get("checkout")).isEqualTo(new UnitSample(6, 2, 0.4, 3.0));
        assertThat(sum.unattributedJoules()).isCloseTo(1.4, within(1e-12));
        assertThat(sum.units().get("checkout").count()).isEqualTo(8);
    }

    @Test
    void measurementTotalIncludesAggregate() {
        Measurement m = Measurement.of(
                Fixtures.run(), List.of(Fixtures.sample(1)), AggregatedSamples.of(Fixtures.sample(0)), 0);

        assertThat(m.sampleCount()).isEqualTo(2);
        assertThat(m.total()).get().satisfies(t -> {
            assertThat(t.durationSeconds()).isEqualTo(2.0);
            assertThat(t.processTotalJoules()).isCloseTo(4.4, within(1e-9));
        });
    }

    @Test
    void overlappingSamplesAreRejected() {
        assertThatThrownBy(
                        () -> Measurement.of(Fixtures.run(), List.of(Fixtures.sample(1), Fixtures.sample(0)), null, 0))
                .hasMessageContaining("samples[1]");
    }

    @Test
    void accuracyClassesDeclareWideningUncertainty() {
        assertThat(AccuracyClass.of(EnergySourceKind.RAPL).relativeUncertainty())
                .isEqualTo(0.05);
        assertThat(AccuracyClass.of(EnergySourceKind.HOST_FILE).relativeUncertainty())
                .isEqualTo(0.10);
        assertThat(AccuracyClass.of(EnergySourceKind.MODEL).relativeUncertainty())
                .isEqualTo(0.30);
        assertThat(AccuracyClass.of(EnergySourceKind.CONSTANT).relativeUncertainty())
                .isEqualTo(0.50);
    }
}
