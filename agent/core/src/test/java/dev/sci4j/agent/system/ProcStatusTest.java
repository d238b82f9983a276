package dev.sci4j.agent.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcStatusTest {
    @Test
    void readsVmRssInBytes(@TempDir Path dir) throws IOException {
        Path status = Files.writeString(
                dir.resolve("status"),
                "Name:\tjava\nXVmRSS:\t 1 kB\nVmHWM:\t  200000 kB\nVmRSS:\t  123456 kB\nThreads:\t20\n");
        assertThat(new ProcStatus(status).residentBytes()).isEqualTo(123_456L * 1024);
    }

    @Test
    void rereadsTheFileEachTimeWithoutLeftoversOfTheLongerOneBefore(@TempDir Path dir) throws IOException {
        Path status = dir.resolve("status");
        ProcStatus reader = new ProcStatus(status);
        Files.writeString(status, "Name:\tjava\nVmRSS:\t  123456 kB\nThreads:\t20\n");
        assertThat(reader.residentBytes()).isEqualTo(123_456L * 1024);

        Files.writeString(status, "VmRSS:\t 77"); // the last line, without its newline
        assertThat(reader.residentBytes()).isEqualTo(77L * 1024);
        Files.writeString(status, "Name:\tj\n");
        assertThat(reader.residentBytes()).isEqualTo(-1);
    }

    @Test
    void missingFileOrLineGivesMinusOneSoTheCallerFallsBack(@TempDir Path dir) throws IOException {
        assertThat(new ProcStatus(dir.resolve("absent")).residentBytes()).isEqualTo(-1);
        assertThat(new ProcStatus(Files.writeString(dir.resolve("status"), "Name:\tjava\n")).residentBytes())
                .isEqualTo(-1);
        assertThat(new ProcStatus(Files.writeString(dir.resolve("bad"), "VmRSS:\tlots kB\n")).residentBytes())
                .isEqualTo(-1);
        assertThat(new ProcStatus(Files.writeString(dir.resolve("empty"), "VmRSS:\t kB\n")).residentBytes())
                .isEqualTo(-1);
    }

    @Test
    void agreesWithTheRealProcessOnLinux() {
        long rss = new ProcStatus(Path.of("/proc/self/status")).residentBytes();
        if (Files.exists(Path.of("/proc/self/status"))) {
            assertThat(rss).isGreaterThan(1024 * 1024);
        }
    }
}
