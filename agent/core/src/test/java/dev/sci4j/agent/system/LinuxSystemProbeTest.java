package dev.sci4j.agent.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinuxSystemProbeTest {
    private static final String CPUINFO = "processor\t: 0\nvendor_id\t: AuthenticAMD\n"
            + "model name\t:   AMD EPYC 7B13  \nflags\t\t: fpu vme\n\n"
            + "processor\t: 1\nmodel name\t: AMD EPYC 7B13\n\n"
            + "processor\t: 2\nmodel name\t: AMD EPYC 7B13\n\n";

    @Test
    void readsEveryFieldFromProc(@TempDir Path dir) throws IOException {
        Path proc = fullProcTree(dir);
        Path osRelease = Files.writeString(
                dir.resolve("os-release"),
                "NAME=\"Debian GNU/Linux\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nVERSION_ID=\"12\"\n");
        CountingFallback fallback = new CountingFallback();

        SystemProbe probe = new LinuxSystemProbe(proc, osRelease, fallback);

        HostCpuTimes t = probe.hostCpuTimes();
        assertThat(t.busySeconds()).isCloseTo((1000 + 20 + 300 + 6 + 7) / 100.0, within(1e-12));
        assertThat(t.totalSeconds()).isCloseTo((1000 + 20 + 300 + 6 + 7 + 5000 + 40 + 80) / 100.0, within(1e-12));
        assertThat(probe.processCpuSeconds()).isPositive(); // from the JDK bean, this JVM's real CPU time
        assertThat(probe.processResidentBytes()).isEqualTo(123_456L * 1024);
        assertThat(probe.totalMemoryBytes()).isEqualTo(24_683_656L * 1024);
        assertThat(probe.cpuModel()).isEqualTo("AMD EPYC 7B13");
        assertThat(probe.logicalCores()).isEqualTo(3);
        assertThat(probe.hostName()).isEqualTo("box-1");
        assertThat(probe.os()).isEqualTo("GNU/Linux Debian GNU/Linux 12 (bookworm) build 6.1.0-18-amd64");
        assertThat(fallback.created.get()).isZero();
    }

    @Test
    void withoutOsReleaseTheOsIsKernelOnly(@TempDir Path dir) throws IOException {
        SystemProbe probe = new LinuxSystemProbe(fullProcTree(dir), dir.resolve("absent"), new CountingFallback());

        assertThat(probe.os()).isEqualTo("GNU/Linux build 6.1.0-18-amd64");
    }

    @Test
    void fallsBackOnlyForWhatProcLacksAndCreatesTheFallbackOnce(@TempDir Path dir) throws IOException {
        Path proc = Files.createDirectories(dir.resolve("proc"));
        // An ARM-like cpuinfo (no model name) and nothing else: every other /proc file is missing.
        Files.writeString(proc.resolve("cpuinfo"), "processor\t: 0\nBogoMIPS\t: 50.00\n\nprocessor\t: 1\n");
        CountingFallback fallback = new CountingFallback();

        SystemProbe probe = new LinuxSystemProbe(proc, dir.resolve("absent"), fallback);

        assertThat(probe.logicalCores()).isEqualTo(2); // from /proc
        assertThat(fallback.created.get()).isZero();
        assertThat(probe.cpuModel()).isEqualTo(FakeProbe.MODEL);
        assertThat(probe.hostCpuTimes().totalSeconds()).isEqualTo(FakeProbe.TOTAL_SECONDS);
        assertThat(probe.processResidentBytes()).isEqualTo(FakeProbe.RESIDENT);
        assertThat(probe.totalMemoryBytes()).isEqualTo(FakeProbe.MEMORY);
        assertThat(probe.hostName()).isEqualTo(FakeProbe.HOST);
        assertThat(probe.os()).isEqualTo(FakeProbe.OS);
        probe.hostCpuTimes();
        assertThat(fallback.created.get()).isEqualTo(1);
    }

    @Test
    void blankHostNameFallsBack(@TempDir Path dir) throws IOException {
        Path proc = fullProcTree(dir);
        Files.writeString(proc.resolve("sys/kernel/hostname"), " \n");
        CountingFallback fallback = new CountingFallback();

        SystemProbe probe = new LinuxSystemProbe(proc, dir.resolve("absent"), fallback);

        assertThat(probe.hostName()).isEqualTo(FakeProbe.HOST);
        assertThat(probe.cpuModel()).isEqualTo("AMD EPYC 7B13");
        assertThat(fallback.created.get()).isEqualTo(1);
    }

    @Test
    void forThisHostAgreesWithOshiOnThisLinuxHost() {
        if (!Files.isReadable(Path.of("/proc/stat"))) {
            return; // not Linux: forThisHost() is OSHI itself there
        }
        SystemProbe ours = SystemProbe.forThisHost();
        SystemProbe oshi = SystemProbe.oshi();

        assertThat(ours).isInstanceOf(LinuxSystemProbe.class);
        assertThat(ours.logicalCores()).isEqualTo(oshi.logicalCores());
        assertThat(ours.hostName()).isEqualTo(oshi.hostName());
        assertThat(ours.cpuModel()).isEqualTo(oshi.cpuModel());
        assertThat(ours.totalMemoryBytes()).isCloseTo(oshi.totalMemoryBytes(), within(oshi.totalMemoryBytes() / 100));
    }

    /** /proc with every file the probe reads. */
    private static Path fullProcTree(Path dir) throws IOException {
        Path proc = Files.createDirectories(dir.resolve("proc"));
        // user nice system idle iowait irq softirq steal guest guest_nice
        Files.writeString(
                proc.resolve("stat"), "cpu  1000 20 300 5000 40 6 7 80 900 0\ncpu0 500 10 150 2500 20 3 3 40 450 0\n");
        Files.createDirectories(proc.resolve("self"));
        Files.writeString(proc.resolve("self/status"), "Name:\tjava\nVmHWM:\t  200000 kB\nVmRSS:\t  123456 kB\n");
        Files.writeString(proc.resolve("meminfo"), "MemTotal:       24683656 kB\nMemFree:        23725048 kB\n");
        Files.writeString(proc.resolve("cpuinfo"), CPUINFO);
        Files.createDirectories(proc.resolve("sys/kernel"));
        Files.writeString(proc.resolve("sys/kernel/hostname"), "box-1\n");
        Files.writeString(proc.resolve("sys/kernel/osrelease"), "6.1.0-18-amd64\n");
        return proc;
    }

    /** Counts how often the probe creates its fallback. */
    private static final class CountingFallback implements Supplier<SystemProbe> {
        final AtomicInteger created = new AtomicInteger();

        @Override
        public SystemProbe get() {
            created.incrementAndGet();
            return new FakeProbe();
        }
    }

    /** Fixed values that no fake /proc file holds, so a test sees which source answered. */
    private static final class FakeProbe implements SystemProbe {
        static final String MODEL = "fallback model";
        static final double TOTAL_SECONDS = 42;
        static final long RESIDENT = 7;
        static final long MEMORY = 8;
        static final String HOST = "fallback-host";
        static final String OS = "fallback os";

        @Override
        public HostCpuTimes hostCpuTimes() {
            return new HostCpuTimes(1, TOTAL_SECONDS);
        }

        @Override
        public double processCpuSeconds() {
            return 3;
        }

        @Override
        public long processResidentBytes() {
            return RESIDENT;
        }

        @Override
        public long totalMemoryBytes() {
            return MEMORY;
        }

        @Override
        public String cpuModel() {
            return MODEL;
        }

        @Override
        public int logicalCores() {
            return 99;
        }

        @Override
        public String hostName() {
            return HOST;
        }

        @Override
        public String os() {
            return OS;
        }
    }
}
