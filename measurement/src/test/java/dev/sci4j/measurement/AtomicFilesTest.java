package dev.sci4j.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheFileWholeAndLeavesNoTemporaryFileBehind() throws IOException {
        Path file = dir.resolve("sub/report.json");
        AtomicFiles.write(file, "first");
        AtomicFiles.write(file, "second");

        assertThat(Files.readString(file)).isEqualTo("second");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void writtenFilesAreReadableByOthersNotOnlyTheOwner() throws IOException {
        Path file = dir.resolve("m.json");
        AtomicFiles.write(file, "{}");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r--r--");
    }
}
