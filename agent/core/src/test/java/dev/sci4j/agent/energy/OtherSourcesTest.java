package dev.sci4j.agent.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sci4j.agent.clock.ManualClock;
import dev.sci4j.agent.config.AgentConfig;
import dev.sci4j.agent.config.AgentConfig.HostFileUnit;
import dev.sci4j.agent.system.HostCpuTimes;
import dev.sci4j.agent.system.SystemProbe;
import dev.sci4j.measurement.EnergySourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherSourcesTest {
    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));

    /** A host whose busy ratio is set by the test: each call advances 2 s of total CPU time. */
    static final class FakeProbe implements SystemProbe {
        double busy;
        double total;
        double utilisation;

        @Override
        public HostCpuTimes hostCpuTimes() {
            busy += 2 * utilisation;
            total += 2;
            return new HostCpuTimes(busy, total);
        }

        @Override
        public double processCpuSeconds() {
            return 0;
        }

        @Override
        public long processResidentBytes() {
            return 0;
        }

        @Override
        public long totalMemoryBytes() {
            return 10_000_000_000L;
        }

        @Override
        public String cpuModel() {
            return "Fake CPU";
        }

        @Override
        public int logicalCores() {
            return 2;
        }

        @Override
        public String hostName() {
            return "fake";
        }

        @Override
        public String os() {
            return "FakeOS";
        }
    }

    @Test
    void teadsCurveInterpolatesBetweenItsPoints() {
        CpuPowerModel m = CpuPowerModel.teadsCurve(100);

        assertThat(m.watts(0)).isCloseTo(12, within(1e-9));
        assertThat(m.watts(0.1)).isCloseTo(32, within(1e-9));
        assertThat(m.watts(0.3)).isCloseTo(53.5, within(1e-9));
        assertThat(m.watts(1)).isCloseTo(102, within(1e-9));
    }

    @Test
    void perVcpuModelIsLinearBetweenMinAndMax() {
        CpuPowerModel m = CpuPowerModel.perVcpu(2, 0.74, 3.5);

        assertThat(m.watts(0)).isCloseTo(1.48, within(1e-9));
        assertThat(m.watts(1)).isCloseTo(7.0, within(1e-9));
    }

    @Test
    void modelIntegratesCpuAndMemoryPower() {
        FakeProbe probe = new FakeProbe();
        ModelEnergySource source = new ModelEnergySource(probe, clock, CpuPowerModel.teadsCurve(100), 0.392, "Fake");
        probe.utilisation = 0.5;
        clock.advance(Duration.ofSeconds(2));
        double[] out = new double[2];

        source.readCumulativeJoules(out);

        assertThat(out[0]).isCloseTo(75 * 2, within(1e-9));
        assertThat(out[1]).isCloseTo(0.392 * 10 * 2, within(1e-9));
        assertThat(source.info().kind()).isEqualTo(EnergySourceKind.MODEL);
        assertThat(source.info().detail()).contains("Teads", "0.392 W/GB");
    }

    @Test
    void hostFileInWattsIsIntegratedOverTime() throws Exception {
        Path file = Files.writeString(dir.resolve("power"), "# VM power\n20.5\n");
        HostFileEnergySource source = HostFileEnergySource.open(file, HostFileUnit.WATTS, FileReader.system(), clock);
        clock.advance(Duration.ofSeconds(2));
        double[] out = new double[1];

        source.readCumulativeJoules(out);

        assertThat(out[0]).isCloseTo(41, within(1e-9));
    }

    @Test
    void hostFileInJoulesIsDifferencedAndAResetIsDropped() throws Exception {
        Path file = Files.writeString(dir.resolve("energy"), "1000");
        HostFileEnergySource source = HostFileEnergySource.open(file, HostFileUnit.JOULES, FileReader.system(), clock);
        double[] out = new double[1];
        Files.writeString(file, "1030");
        source.readCumulativeJoules(out);
        assertThat(out[0]).isCloseTo(30, within(1e-9));

        Files.writeString(file, "5");
        assertThatThrownBy(() -> source.readCumulativeJoules(out))
                .isInstanceOfSatisfying(
                        EnergyReadException.class,
                        e -> assertThat(e.rebaselined()).isTrue());
        Files.writeString(file, "15");
        source.readCumulativeJoules(out);
        assertThat(out[0]).isCloseTo(40, within(1e-9));
    }

    @Test
    void constantSourceIsWattsTimesTime() {
        ConstantEnergySource source = new ConstantEnergySource(50, clock);
        clock.advance(Duration.ofMillis(1500));
        double[] out = new double[1];

        source.readCumulativeJoules(out);

        assertThat(out[0]).isCloseTo(75, within(1e-9));
    }

    @Test
    void autoFallsBackFromMissingRaplToTheModelAndSaysSo() throws Exception {
        AgentConfig cfg = AgentConfig.fromArgs("powercap.root=" + dir.resolve("none"));
        List<String> log = new ArrayList<>();

        EnergySource source = EnergySources.chain(cfg, new FakeProbe(), clock, FileReader.system())
                .openNext(log::add);

        assertThat(source.info().kind()).isEqualTo(EnergySourceKind.MODEL);
        assertThat(log).singleElement().asString().contains("rapl unavailable", "trying model");
    }

    @Test
    void autoPrefersTheHostFileOverTheModelWhenRaplIsMissing() throws Exception {
        Path file = Files.writeString(dir.resolve("power"), "10");
        AgentConfig cfg = AgentConfig.fromArgs("powercap.root=" + dir.resolve("none") + ";host.file=" + file);

        EnergySource source = EnergySources.chain(cfg, new FakeProbe(), clock, FileReader.system())
                .openNext(s -> {});

        assertThat(source.info().kind()).isEqualTo(EnergySourceKind.HOST_FILE);
    }

    @Test
    void modelUsesConfiguredCoresAndCpuName() throws Exception {
        AgentConfig cfg = AgentConfig.fromArgs("energy.source=model;cpu.logical.cores=8;cpu.model=Xeon X");

        EnergySource source = EnergySources.chain(cfg, new FakeProbe(), clock, FileReader.system())
                .openNext(s -> {});

        assertThat(source.info().detail()).contains("8 vCPU", "Xeon X");
    }

    @Test
    void explicitChoicesStartTheChainThereAndKeepLaterFallbacks() throws Exception {
        Path file = Files.writeString(dir.resolve("power"), "10");
        String common = "powercap.root=" + dir.resolve("none") + ";host.file=" + file + ";constant.watts=5";

        assertThat(EnergySources.chain(AgentConfig.fromArgs(common), new FakeProbe(), clock, FileReader.system())
                        .remainingNames())
                .containsExactly("rapl", "host-file", "model", "constant");
        assertThat(EnergySources.chain(
                                AgentConfig.fromArgs(common + ";energy.source=host-file"),
                                new FakeProbe(),
                                clock,
                                FileReader.system())
                        .remainingNames())
                .containsExactly("host-file", "model", "constant");
        assertThat(EnergySources.chain(
                                AgentConfig.fromArgs(common + ";energy.source=model"),
                                new FakeProbe(),
                                clock,
                                FileReader.system())
                        .remainingNames())
                .containsExactly("model", "constant");
        assertThat(EnergySources.chain(
                                AgentConfig.fromArgs(common + ";energy.source=constant"),
                                new FakeProbe(),
                                clock,
                                FileReader.system())
                        .remainingNames())
                .containsExactly("constant");
    }
}
