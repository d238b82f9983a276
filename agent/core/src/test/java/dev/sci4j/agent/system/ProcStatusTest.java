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
                dir.resolve("status"), "Name:\tjava\nVmHWM:\t  200000 kB\nVmRSS:\t  123456 kB\nThreads:\t20\n");
        assertThat(ProcStatus.residentBytes(status)).isEqualTo(123_456L * 1024);
    }

    @Test
    void missingFileOrLineGivesMinusOneSoTheCallerFallsBack(@TempDir Path dir) throws IOException {
        assertThat(ProcStatus.residentBytes(dir.resolve("absent"))).isEqualTo(-1);
        assertThat(ProcStatus.residentBytes(Files.writeString(dir.resolve("status"), "Name:\tjava\n")))
                .isEqualTo(-1);
        assertThat(ProcStatus.residentBytes(Files.writeString(dir.resolve("bad"), "VmRSS:\tlots kB\n")))
                .isEqualTo(-1);
    }

    @Test
    void agreesWithTheRealProcessOnLinux() {
        long rss = ProcStatus.residentBytes(Path.of("/proc/self/status"));
        if (Files.exists(Path.of("/proc/self/status"))) {
            assertThat(rss).isGreaterThan(1024 * 1024);
        }
    }
}
