package dev.sci4j.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void anUnreadableFileSaysPermissionDeniedNotJustItsPath() {
        // Tests may run as root, which reads any file: the wording is checked on the exception itself.
        assertThat(InputFiles.describe(new AccessDeniedException("/etc/shadow")))
                .isEqualTo("permission denied");
        assertThat(InputFiles.describe(new NoSuchFileException("x"))).isEqualTo("no such file or directory");
    }

    @Test
    void readingStopsAtTheLimitOfTheKind() throws IOException {
        Path key = Files.write(dir.resolve("k.pub"), new byte[InputFiles.Kind.KEY.maxBytes() + 1]);

        assertThatThrownBy(() -> InputFiles.bytes(key, InputFiles.Kind.KEY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(key + ": is larger than 64 KiB, the limit for a key file; reading stopped there");
    }

    @Test
    void aReportsLimitSaysWhyItIsTheLargest() throws IOException {
        assertThat(InputFiles.Kind.REPORT.maxBytes()).isGreaterThan(InputFiles.Kind.MEASUREMENT.maxBytes());
    }

    @Test
    void bytesThatAreNotUtf8NameTheirLine() throws IOException {
        Path file = Files.write(dir.resolve("m.yaml"), "a: 1\nb: \u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> InputFiles.text(file, InputFiles.Kind.METADATA))
                .hasMessage(file + " line 2: byte 0xE9 is not UTF-8 text; save the file as UTF-8");
    }

    @Test
    void specialFilesAndDirectoriesAreRefusedBeforeTheyAreOpened() {
        assertThatThrownBy(() -> InputFiles.bytes(Path.of("/dev/zero"), InputFiles.Kind.REPORT))
                .hasMessageContaining("is not a regular file");
        assertThatThrownBy(() -> InputFiles.bytes(dir, InputFiles.Kind.BUDGET))
                .hasMessage(dir + ": is a directory, not a budget file");
        assertThatThrownBy(() -> InputFiles.bytes(dir.resolve("none"), InputFiles.Kind.BUDGET))
                .hasMessage(dir.resolve("none") + ": no such budget file");
    }
}
