package dev.sci4j.agent.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sci4j.measurement.IdlePolicy;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AttributorTest {
    private final Attributor none = new Attributor(IdlePolicy.NONE, 0, 4);

    @Test
    void activeIsMachineEnergyTimesBusyRatioAndTheProcessGetsItsCpuShare() {
        Split s = none.attribute(100, 10, 1.0, 2.0, 8.0, 0.05);

        assertThat(s.machineActiveJoules()).isCloseTo(25, within(1e-9));
        assertThat(s.machineIdleJoules()).isCloseTo(75, within(1e-9));
        assertThat(s.processActiveJoules()).isCloseTo(12.5, within(1e-9));
        assertThat(s.processIdleJoules()).isZero();
        assertThat(s.processMemoryJoules()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void reservedCoresChargeTheirShareOfIdle() {
        Split s = new Attributor(IdlePolicy.RESERVED_CORES, 1, 4).attribute(100, 0, 0, 0, 8, 0);

        assertThat(s.machineIdleJoules()).isCloseTo(100, within(1e-9));
        assertThat(s.processIdleJoules()).isCloseTo(25, within(1e-9));
    }

    @Test
    void processCpuAboveHostBusyIsCappedAtTheWholeActiveEnergy() {
        Split s = none.attribute(100, 0, 3.0, 2.0, 8.0, 0);

        assertThat(s.processActiveJoules()).isCloseTo(s.machineActiveJoules(), within(1e-9));
    }

    @Test
    void idleHostWithNoTicksChargesNothingActive() {
        Split s = none.attribute(50, 0, 0, 0, 0, 0);

        assertThat(s.machineActiveJoules()).isZero();
        assertThat(s.machineIdleJoules()).isEqualTo(50);
    }

    @Test
    void invariantsHoldForRandomInputs() {
        Random r = new Random(42);
        for (Attributor a : List.of(none, new Attributor(IdlePolicy.RESERVED_CORES, 2, 4))) {
            for (int i = 0; i < 10_000; i++) {
                double cpu = r.nextDouble() * 500;
                double mem = r.nextDouble() * 50;
                double total = r.nextDouble() * 8;
                double busy = r.nextDouble() * total * 1.1; // counters may disagree a little
                double proc = r.nextDouble() * busy * 1.2;
                Split s = a.attribute(cpu, mem, proc, busy, total, r.nextDouble() * 1.2);

                assertThat(s.machineActiveJoules() + s.machineIdleJoules()).isCloseTo(cpu, within(1e-9));
                assertThat(s.processActiveJoules()).isBetween(0.0, s.machineActiveJoules() + 1e-12);
                assertThat(s.processIdleJoules()).isBetween(0.0, s.machineIdleJoules() + 1e-12);
                assertThat(s.processMemoryJoules()).isBetween(0.0, mem + 1e-12);
                assertThat(s.processTotalJoules()).isLessThanOrEqualTo(cpu + mem + 1e-9);
                assertThat(s.machineIdleJoules()).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Test
    void negativeOrNonFiniteInputsCountAsZero() {
        Split s = none.attribute(-5, Double.NaN, 1, 1, 2, Double.POSITIVE_INFINITY);

        assertThat(s.machineActiveJoules()).isZero();
        assertThat(s.machineMemoryJoules()).isZero();
        assertThat(s.processMemoryJoules()).isZero();
    }

    @Test
    void psysIsOnlyRecordedWhenPackageIsPresent() {
        ComponentRoles roles = new ComponentRoles(List.of("package", "dram", "psys"));
        double[] joules = {50, 5, 80};

        assertThat(roles.cpuSide(joules)).isEqualTo(50);
        assertThat(roles.memory(joules)).isEqualTo(5);
    }

    @Test
    void psysIsTheCpuSideFigureWithoutPackage() {
        ComponentRoles roles = new ComponentRoles(List.of("dram", "psys"));
        double[] joules = {5, 80};

        assertThat(roles.cpuSide(joules)).isEqualTo(80);
        assertThat(roles.memory(joules)).isZero();
    }
}
