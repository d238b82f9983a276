package dev.sci4j.agent.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor.TickType;
import oshi.software.os.linux.LinuxOperatingSystem;

class ProcStatTest {
    @Test
    void busyAndTotalSecondsFromTheFirstLine(@TempDir Path dir) throws IOException {
        // user nice system idle iowait irq softirq steal guest guest_nice
        Path stat = Files.writeString(
                dir.resolve("stat"),
                "cpu  1000 20 300 5000 40 6 7 80 900 0\ncpu0 500 10 150 2500 20 3 3 40 450 0\nintr 1 2 3\n");

        HostCpuTimes t = new ProcStat(stat, 100).read();

        assertThat(t.busySeconds()).isCloseTo((1000 + 20 + 300 + 6 + 7) / 100.0, within(1e-12));
        assertThat(t.totalSeconds()).isCloseTo((1000 + 20 + 300 + 6 + 7 + 5000 + 40 + 80) / 100.0, within(1e-12));
    }

    @Test
    void unreadableOrMalformedGivesNullSoTheCallerFallsBack(@TempDir Path dir) throws IOException {
        assertThat(new ProcStat(dir.resolve("absent"), 100).read()).isNull();
        assertThat(new ProcStat(Files.writeString(dir.resolve("a"), "intr 1 2\n"), 100).read())
                .isNull();
        assertThat(new ProcStat(Files.writeString(dir.resolve("b"), "cpu  1 2 3\n"), 100).read())
                .isNull();
        assertThat(new ProcStat(Files.writeString(dir.resolve("c"), "cpu  1 2 x 4 5 6 7 8\n"), 100).read())
                .isNull();
    }

    @Test
    void agreesWithOshiOnThisLinuxHost() {
        Path real = Path.of("/proc/stat");
        if (!Files.isReadable(real)) {
            return; // not Linux: the probe uses OSHI there
        }
        long[] fromOshi = new SystemInfo().getHardware().getProcessor().getSystemCpuLoadTicks(); // milliseconds
        HostCpuTimes ours = new ProcStat(real, LinuxOperatingSystem.getHz()).read();

        // Not busy = idle + iowait + steal: on a VM the hypervisor's steal can be minutes of the total.
        double oshiNotBusy = (fromOshi[TickType.IDLE.getIndex()]
                        + fromOshi[TickType.IOWAIT.getIndex()]
                        + fromOshi[TickType.STEAL.getIndex()])
                / 1000.0;
        assertThat(ours.totalSeconds() - ours.busySeconds()).isCloseTo(oshiNotBusy, within(oshiNotBusy * 0.01 + 1));
    }
}
