package dev.sci4j.agent.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sci4j.agent.clock.ManualClock;
import dev.sci4j.agent.config.GpuSettings;
import dev.sci4j.agent.config.GpuSettings.Policy;
import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.measurement.GpuDevice;
import dev.sci4j.measurement.GpuInfo;
import dev.sci4j.measurement.IdlePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GpuMeterTest {
    static final long SELF = 100;
    static final long OTHER = 200;
    static final long WORKER = 300;
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final ManualClock clock = new ManualClock(T0);
    private final FakeNvml nvml = new FakeNvml();
    private final List<String> log = new ArrayList<>();
    private long micros = T0.toEpochMilli() * 1000;

    private GpuMeter meter(GpuSettings settings, IdlePolicy idle, Set<Long> service) {
        return GpuMeter.open(nvml, settings, idle, () -> service, clock, log::add);
    }

    private GpuMeter processMeter() {
        return meter(GpuSettings.of(Policy.PROCESS, null, Set.of(), null, null), IdlePolicy.NONE, Set.of(SELF));
    }

    /** One second passes on every device: {@code joules} more on the counter, at {@code watts} power. */
    private void second(FakeNvml.Device d, long joules) {
        d.energyMillijoules += joules * 1000;
    }

    private void tick() {
        clock.advance(Duration.ofSeconds(1));
        micros += 1_000_000;
    }

    @Test
    void theEnergyCounterDeltaIsTheWindowsMachineEnergy() {
        FakeNvml.Device d = nvml.add();
        d.energyMillijoules = 5_000_000L;
        GpuMeter m = processMeter();

        tick();
        second(d, 643);
        GpuWindow w = m.read();

        assertThat(w.measured()).isTrue();
        assertThat(w.machineJoules()).isCloseTo(643, within(1e-9));
        assertThat(m.info().method()).isEqualTo(GpuInfo.ENERGY_COUNTER);
        assertThat(m.info().accuracyClass()).isEqualTo(AccuracyClass.A);
        assertThat(m.info().devices()).containsExactly(new GpuDevice(0, "NVIDIA H200", "GPU-0"));
    }

    @Test
    void aCounterThatGoesBackDropsTheWindowAndTheNextOneCountsFromTheNewValue() {
        FakeNvml.Device d = nvml.add();
        d.energyMillijoules = 9_000_000L;
        GpuMeter m = processMeter();

        tick();
        d.energyMillijoules = 1_000L; // driver reloaded: the counter restarts
        GpuWindow reset = m.read();
        tick();
        second(d, 80);
        GpuWindow next = m.read();

        assertThat(reset.dropped()).isTrue();
        assertThat(reset.measured()).isFalse();
        assertThat(next.machineJoules()).isCloseTo(80, within(1e-9));
        assertThat(log).anyMatch(l -> l.contains("went back"));
    }

    @Test
    void withoutAnEnergyCounterPowerReadingsAreIntegratedAndDisclosedAsClassB() {
        FakeNvml.Device d = nvml.add();
        d.energyMillijoules = null;
        d.powerMilliwatts = 100_000;
        GpuMeter m = processMeter();

        tick();
        d.powerMilliwatts = 300_000;
        GpuWindow w = m.read();

        assertThat(w.machineJoules()).isCloseTo(200, within(1e-9)); // (100 W + 300 W) / 2 × 1 s
        assertThat(m.info().method()).isEqualTo(GpuInfo.POWER_INTEGRATION);
        assertThat(m.info().accuracyClass()).isEqualTo(AccuracyClass.B);
        assertThat(m.info().detail()).contains("power readings integrated");
    }

    @Test
    void aVanishingDeviceIsDroppedAfterRepeatedFailuresAndTheOthersGoOn() {
        FakeNvml.Device a = nvml.add();
        FakeNvml.Device b = nvml.add();
        GpuMeter m = processMeter();

        a.lost = true;
        for (int i = 0; i < GpuMeter.FAILURES_BEFORE_DROP; i++) {
            tick();
            second(b, 10);
            assertThat(m.read().machineJoules()).isCloseTo(10, within(1e-9));
        }
        tick();
        second(b, 10);
        a.lost = false;
        second(a, 1000); // back, but no longer measured
        GpuWindow after = m.read();

        assertThat(after.machineJoules()).isCloseTo(10, within(1e-9));
        assertThat(log).anyMatch(l -> l.contains("GPU-0") && l.contains("no longer measured"));
    }

    @Test
    void aFailedReadIsCoveredByTheNextGoodOne() {
        FakeNvml.Device d = nvml.add();
        GpuMeter m = processMeter();

        tick();
        second(d, 50);
        d.lost = true;
        GpuWindow failed = m.read();
        d.lost = false;
        tick();
        second(d, 50);
        GpuWindow next = m.read();

        assertThat(failed.machineJoules()).isZero();
        assertThat(next.machineJoules()).isCloseTo(100, within(1e-9));
    }

    @Test
    void whenTheLastDeviceVanishesTheComponentStops() {
        FakeNvml.Device d = nvml.add();
        GpuMeter m = processMeter();
        d.lost = true;

        GpuWindow w = GpuWindow.NONE;
        for (int i = 0; i <= GpuMeter.FAILURES_BEFORE_DROP; i++) {
            tick();
            w = m.read();
        }

        assertThat(w.measured()).isFalse();
        assertThat(log).anyMatch(l -> l.contains("no GPU left"));
    }

    @Test
    void processPolicyGivesTheActivePartByTheProcesssSmShare() {
        FakeNvml.Device d = nvml.add();
        GpuMeter m = processMeter();

        tick();
        second(d, 600);
        d.utilizationPercent = 50;
        d.sample(SELF, micros - 500_000, 60).sample(OTHER, micros - 400_000, 20);
        GpuWindow w = m.read();

        // active 300 J of 600, this JVM's share 60 / 80
        assertThat(w.processJoules()).isCloseTo(300 * 0.75, within(1e-9));
    }

    @Test
    void underAnIdlePolicyTheProcessAlsoCarriesItsShareOfTheIdlePart() {
        FakeNvml.Device d = nvml.add();
        GpuMeter m = meter(
                GpuSettings.of(Policy.PROCESS, null, Set.of(), null, null), IdlePolicy.RESERVED_CORES, Set.of(SELF));

        tick();
        second(d, 600);
        d.utilizationPercent = 50;
        d.sample(SELF, micros - 1, 30).sample(OTHER, micros - 2, 10);

        assertThat(m.read().processJoules()).isCloseTo(600 * 0.75, within(1e-9));
    }

    @Test
    void aProcessAppearsAndLeaves() {
        FakeNvml.Device d = nvml.add();
        GpuMeter m = processMeter();
        d.utilizationPercent = 100;

        tick();
        second(d, 100);
        d.sample(OTHER, micros - 1, 90);
        GpuWindow before = m.read();
        tick();
        second(d, 100);
        d.sample(SELF, micros - 1, 90);
        GpuWindow during = m.read();
        tick();
        second(d, 100);
        d.sample(OTHER, micros - 1, 50);
        GpuWindow after = m.read();

        assertThat(before.processJoules()).isZero();
        assertThat(during.processJoules()).isCloseTo(100, within(1e-9));
        assertThat(after.processJoules()).isZero(); // its old sample is not counted again
    }

    @Test
    void aJvmThatDoesNoGpuWorkGetsNothing() {
        FakeNvml.Device d = nvml.add();
        GpuMeter m = processMeter();
        d.utilizationPercent = 0;

        tick();
        second(d, 86);
        GpuWindow w = m.read();

        assertThat(w.machineJoules()).isCloseTo(86, within(1e-9));
        assertThat(w.processJoules()).isZero();
    }

    @Test
    void withoutProcessSamplesSharesComeFromTheRunningComputeProcesses() {
        FakeNvml.Device d = nvml.add();
        d.samplesUnsupported = true;
        d.running = new long[] {SELF, OTHER};
        d.utilizationPercent = 100;
        GpuMeter m = processMeter();

        tick();
        second(d, 100);

        assertThat(m.read().processJoules()).isCloseTo(50, within(1e-9));
        assertThat(log).anyMatch(l -> l.contains("running compute processes"));
    }

    @Test
    void devicePolicyGivesTheListedDevicesWholly() {
        FakeNvml.Device a = nvml.add();
        FakeNvml.Device b = nvml.add();
        GpuMeter m = meter(GpuSettings.of(Policy.DEVICE, Set.of(1), Set.of(), null, null), IdlePolicy.NONE, Set.of());

        tick();
        second(a, 100);
        second(b, 40);
        GpuWindow w = m.read();

        assertThat(w.machineJoules()).isCloseTo(140, within(1e-9));
        assertThat(w.processJoules()).isCloseTo(40, within(1e-9));
        assertThat(m.describePolicy()).startsWith("device: all energy of devices 1");
    }

    @Test
    void pidsPolicyCountsTheWorkersSamplesAsTheServices() {
        FakeNvml.Device d = nvml.add();
        GpuMeter m = meter(
                GpuSettings.of(Policy.PIDS, null, Set.of(WORKER), null, null), IdlePolicy.NONE, Set.of(SELF, WORKER));
        d.utilizationPercent = 100;

        tick();
        second(d, 100);
        d.sample(WORKER, micros - 1, 75).sample(OTHER, micros - 2, 25);

        assertThat(m.read().processJoules()).isCloseTo(75, within(1e-9));
        assertThat(m.describePolicy()).contains("pids").contains(String.valueOf(WORKER));
    }

    @Test
    void servicePidsFindProcessesByCommandLine() {
        ServicePids pids = ServicePids.of(Set.of(WORKER), Pattern.compile("no-such-command-line-\\d{9}"));

        assertThat(pids.current())
                .containsExactlyInAnyOrder(WORKER, ProcessHandle.current().pid());
        assertThat(ServicePids.of(Set.of(), Pattern.compile(Pattern.quote("java")))
                        .current())
                .contains(ProcessHandle.current().pid());
    }

    @Test
    void noDeviceMeansNoMeterAndOneLine() {
        GpuMeter m = processMeter();

        assertThat(m).isNull();
        assertThat(log).hasSize(1).first().asString().contains("NVML sees no device");
    }
}
