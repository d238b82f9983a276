package dev.sci4j.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

    @Test
    void aFifoAtTheOutputPathIsRefusedAndKept() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");

        assertThat(AtomicFiles.problem(fifo)).contains("not a regular file");
        assertThatThrownBy(() -> AtomicFiles.write(fifo, "x")).hasMessageContaining("not a regular file");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void aDirectoryAtTheOutputPathIsRefusedAndKept() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("out"));

        assertThatThrownBy(() -> AtomicFiles.write(empty, "x")).hasMessageContaining("is a directory");
        assertThat(Files.isDirectory(empty)).isTrue();
    }

    @Test
    void aSymbolicLinkIsFollowedAndItsTargetReplacedNotTheLink() throws IOException {
        Path target = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), target.getFileName());

        AtomicFiles.write(link, "new");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void aNewPathAndARegularFileHaveNoProblem() throws IOException {
        assertThat(AtomicFiles.problem(dir.resolve("new.json"))).isNull();
        assertThat(AtomicFiles.problem(Files.writeString(dir.resolve("old.json"), "x")))
                .isNull();
    }

    @Test
    void everyRefusalNamesThePathOnce() throws Exception {
        Path directory = Files.createDirectory(dir.resolve("out"));
        Path underAFile = Files.writeString(dir.resolve("plain.txt"), "x").resolve("r.json");

        assertThat(AtomicFiles.problem(directory)).isEqualTo(directory + " is a directory, not a file");
        assertNamedOnce(directory, () -> AtomicFiles.write(directory, "x"));
        assertNamedOnce(underAFile, () -> AtomicFiles.write(underAFile, "x"));
        Path fifo = dir.resolve("pipe");
        if (mkfifo(fifo)) {
            assertNamedOnce(fifo, () -> AtomicFiles.write(fifo, "x"));
        }
    }

    private static void assertNamedOnce(Path file, org.assertj.core.api.ThrowableAssert.ThrowingCallable write) {
        assertThatThrownBy(write)
                .isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(e.getMessage().split(java.util.regex.Pattern.quote(file.toString()), -1))
                        .as(e.getMessage())
                        .hasSize(2));
    }

    static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
