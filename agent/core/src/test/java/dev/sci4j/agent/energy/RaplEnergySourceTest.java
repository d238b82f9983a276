package dev.sci4j.agent.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sci4j.agent.clock.ManualClock;
import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.measurement.EnergySourceKind;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RaplEnergySourceTest {
    @TempDir
    Path root;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));

    private double[] readAfter(RaplEnergySource source, Duration d) throws EnergyReadException {
        clock.advance(d);
        double[] out = new double[source.components().size()];
        source.readCumulativeJoules(out);
        return out;
    }

    @Test
    void oneSocketReportsPackageAndDramByName() throws Exception {
        // Zone numbering deliberately not the "usual" one: names decide, not directory numbers.
        FakePowercap tree = new FakePowercap(root)
                .zone("intel-rapl:0", "package-0", 1_000_000)
                .zone("intel-rapl:0:0", "core", 500_000)
                .zone("intel-rapl:0:1", "dram", 2_000_000)
                .zone("intel-rapl:1", "psys", 9_000_000);
        RaplEnergySource source = RaplEnergySource.open(root, FileReader.system(), clock);
        tree.set("intel-rapl:0", 51_000_000);
        tree.set("intel-rapl:0:1", 7_000_000);
        tree.set("intel-rapl:1", 89_000_000);

        double[] joules = readAfter(source, Duration.ofSeconds(1));

        assertThat(source.components()).containsExactly("package", "dram", "psys");
        assertThat(joules).containsExactly(new double[] {50, 5, 80}, within(1e-9));
        assertThat(source.info().kind()).isEqualTo(EnergySourceKind.RAPL);
        assertThat(source.info().accuracyClass()).isEqualTo(AccuracyClass.A);
    }

    @Test
    void twoSocketsAreSummed() throws Exception {
        FakePowercap tree = new FakePowercap(root)
                .zone("intel-rapl:0", "package-0", 0)
                .zone("intel-rapl:1", "package-1", 0)
                .zone("intel-rapl:0:0", "dram", 0)
                .zone("intel-rapl:1:0", "dram", 0);
        RaplEnergySource source = RaplEnergySource.open(root, FileReader.system(), clock);
        tree.set("intel-rapl:0", 30_000_000);
        tree.set("intel-rapl:1", 40_000_000);
        tree.set("intel-rapl:0:0", 3_000_000);
        tree.set("intel-rapl:1:0", 4_000_000);

        assertThat(readAfter(source, Duration.ofSeconds(1))).containsExactly(new double[] {70, 7}, within(1e-9));
    }

    @Test
    void wraparoundIsCorrectedWithThatZonesOwnRange() throws Exception {
        FakePowercap tree = new FakePowercap(root)
                .zone("intel-rapl:0", "package-0", 990_000_000L, 1_000_000_000L)
                .zone("intel-rapl:1", "package-1", 10_000_000L, FakePowercap.MAX_UJ);
        RaplEnergySource source = RaplEnergySource.open(root, FileReader.system(), clock);
        tree.set("intel-rapl:0", 5_000_000L); // wrapped: (1e9 - 990e6) + 5e6 = 15e6 uJ
        tree.set("intel-rapl:1", 20_000_000L); // did not wrap: 10e6 uJ

        assertThat(readAfter(source, Duration.ofSeconds(1))).containsExactly(new double[] {25}, within(1e-9));
    }

    @Test
    void mmioDuplicatesAreSkipped() throws Exception {
        FakePowercap tree =
                new FakePowercap(root).zone("intel-rapl:0", "package-0", 0).zone("intel-rapl-mmio:0", "package-0", 0);
        RaplEnergySource source = RaplEnergySource.open(root, FileReader.system(), clock);
        tree.set("intel-rapl:0", 10_000_000);
        tree.set("intel-rapl-mmio:0", 10_000_000);

        assertThat(readAfter(source, Duration.ofSeconds(1))).containsExactly(new double[] {10}, within(1e-9));
        assertThat(source.info().detail()).doesNotContain("mmio");
    }

    @Test
    void mmioIsUsedWhenItIsTheOnlyPackageCounter() throws Exception {
        new FakePowercap(root).zone("intel-rapl-mmio:0", "package-0", 0);

        assertThat(RaplEnergySource.open(root, FileReader.system(), clock).components())
                .containsExactly("package");
    }

    @Test
    void unreadableCounterFailsOpenWithThePermissionFix() {
        new FakePowercap(root).zone("intel-rapl:0", "package-0", 0);
        // Tests run as root, for whom mode 000 changes nothing: simulate the root-only file with a reader.
        FileReader denying = file -> {
            if (file.getFileName().toString().equals("energy_uj")) {
                throw new AccessDeniedException(file.toString());
            }
            return FileReader.system().read(file);
        };

        assertThatThrownBy(() -> RaplEnergySource.open(root, denying, clock))
                .isInstanceOf(EnergySourceUnavailableException.class)
                .hasMessageContaining("chmod o+r")
                .hasMessageContaining("mode class/powercap/intel-rapl:0/energy_uj = 0444")
                .hasMessageContaining("/etc/sysfs.conf");
    }

    @Test
    void counterThatIsADirectoryFailsOpen() throws Exception {
        Path zone = Files.createDirectories(root.resolve("intel-rapl:0"));
        Files.writeString(zone.resolve("name"), "package-0");
        Files.writeString(zone.resolve("max_energy_range_uj"), "1000");
        Files.createDirectories(zone.resolve("energy_uj")); // unreadable as a file, also for root

        assertThatThrownBy(() -> RaplEnergySource.open(root, FileReader.system(), clock))
                .isInstanceOf(EnergySourceUnavailableException.class);
    }

    @Test
    void vanishedZoneFileSkipsTheIntervalAndLosesNoEnergy() throws Exception {
        FakePowercap tree = new FakePowercap(root).zone("intel-rapl:0", "package-0", 0);
        RaplEnergySource source = RaplEnergySource.open(root, FileReader.system(), clock);
        Files.delete(root.resolve("intel-rapl:0/energy_uj"));

        assertThatThrownBy(() -> readAfter(source, Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(
                        EnergyReadException.class,
                        e -> assertThat(e.rebaselined()).isFalse());

        tree.set("intel-rapl:0", 20_000_000); // the file is back: the next read spans both intervals
        assertThat(readAfter(source, Duration.ofSeconds(1))).containsExactly(new double[] {20}, within(1e-9));
    }

    @Test
    void implausibleDeltaIsDroppedNotCounted() throws Exception {
        FakePowercap tree = new FakePowercap(root).zone("intel-rapl:0", "package-0", 100_000_000);
        RaplEnergySource source = RaplEnergySource.open(root, FileReader.system(), clock);
        tree.set("intel-rapl:0", 0); // a counter reset reads like a near-full wrap: ~262 kJ in one second

        assertThatThrownBy(() -> readAfter(source, Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(
                        EnergyReadException.class,
                        e -> assertThat(e.rebaselined()).isTrue());

        tree.set("intel-rapl:0", 10_000_000);
        assertThat(readAfter(source, Duration.ofSeconds(1))).containsExactly(new double[] {10}, within(1e-9));
    }

    @Test
    void missingTreeIsUnavailable() {
        assertThatThrownBy(() -> RaplEnergySource.open(root.resolve("absent"), FileReader.system(), clock))
                .isInstanceOf(EnergySourceUnavailableException.class);
    }
}
