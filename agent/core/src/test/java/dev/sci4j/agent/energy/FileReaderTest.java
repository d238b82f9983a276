package dev.sci4j.agent.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReaderTest {
    @TempDir
    Path dir;

    @Test
    void aFifoIsRefusedAtOnceInsteadOfBlockingTheSampler() throws Exception {
        Path fifo = dir.resolve("energy_uj");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo here");

        assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> assertThatThrownBy(() -> FileReader.system().read(fifo))
                        .isInstanceOf(IOException.class)
                        .hasMessageContaining("not a regular file"));
    }

    @Test
    void aDirectoryIsRefused() {
        assertThatThrownBy(() -> FileReader.system().read(dir)).hasMessageContaining("not a regular file");
    }

    @Test
    void aFileLargerThanACounterIsRefused() throws IOException {
        Path big = Files.write(dir.resolve("big"), new byte[FileReader.MAX_BYTES + 1]);

        assertThatThrownBy(() -> FileReader.system().read(big)).hasMessageContaining("larger than");
    }

    @Test
    void aCounterIsReadWhole() throws IOException {
        Path counter = Files.writeString(dir.resolve("energy_uj"), "123456\n");

        assertThat(FileReader.system().read(counter)).isEqualTo("123456\n");
    }
}
