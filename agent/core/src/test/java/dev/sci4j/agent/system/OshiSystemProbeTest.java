package dev.sci4j.agent.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.agent.clock.Clock;
import dev.sci4j.agent.energy.CpuPowerModel;
import dev.sci4j.agent.energy.ModelEnergySource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real OSHI-backed probe and the model on this machine (whatever it is: values are checked for sense). */
class OshiSystemProbeTest {
    private static SystemProbe probe;

    @BeforeAll
    static void createProbe() {
        probe = SystemProbe.oshi();
    }

    /** Burns this much CPU time of the current thread (not wall time: the machine may be busy with others). */
    private static void burnCpu(long millis) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = mx.getCurrentThreadCpuTime() + millis * 1_000_000L;
        double x = 0;
        while (mx.getCurrentThreadCpuTime() < end) {
            x += Math.sqrt(x + 1);
        }
        assertThat(x).isPositive();
    }

    @Test
    void describesThisMachine() {
        assertThat(probe.logicalCores()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(probe.totalMemoryBytes()).isGreaterThan(100_000_000L);
        assertThat(probe.processResidentBytes()).isBetween(1L, probe.totalMemoryBytes());
        assertThat(probe.cpuModel()).isNotBlank();
        assertThat(probe.os()).isNotBlank();
    }

    @Test
    void busyWorkShowsUpInProcessAndHostCpuTime() {
        HostCpuTimes hostBefore = probe.hostCpuTimes();
        double processBefore = probe.processCpuSeconds();

        burnCpu(300);

        HostCpuTimes hostAfter = probe.hostCpuTimes(); // not cached: OSHI's 300 ms memoizer is switched off
        double processDelta = probe.processCpuSeconds() - processBefore;
        double busyDelta = hostAfter.busySeconds() - hostBefore.busySeconds();
        double totalDelta = hostAfter.totalSeconds() - hostBefore.totalSeconds();
        assertThat(processDelta).isGreaterThan(0.25);
        assertThat(busyDelta).isGreaterThan(0.2); // ticks are 10 ms coarse, and include our 0.3 s
        assertThat(totalDelta).isGreaterThanOrEqualTo(busyDelta - 1e-6); // both are sums of doubles: allow rounding
    }

    @Test
    void modelOnThisMachineYieldsPlausiblePower() {
        ModelEnergySource model = new ModelEnergySource(
                probe, Clock.system(), CpuPowerModel.perVcpu(probe.logicalCores(), 0.74, 3.5), 0.392, probe.cpuModel());
        long start = System.nanoTime();
        burnCpu(300);
        double[] joules = new double[2];

        model.readCumulativeJoules(joules);

        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuWatts = joules[0] / seconds;
        assertThat(cpuWatts).isBetween(0.74 * probe.logicalCores() * 0.9, 3.5 * probe.logicalCores() * 1.1);
        assertThat(joules[1]).isPositive();
    }
}
