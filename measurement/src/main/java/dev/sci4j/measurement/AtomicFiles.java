package dev.sci4j.measurement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The one way sci4j writes a file that others read: to a temporary file in the same directory, then renamed
 * over the target with {@code ATOMIC_MOVE}, so a reader sees the old content or the new, never half of it, and
 * a failed write leaves nothing behind. It lives in this, the lowest module, so the agent and the calculator
 * share it. Stateless and thread-safe (concurrent writers of one file: the last rename wins).
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes {@code bytes} to {@code file}, creating its parent directory if needed. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            readableByOthers(tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A temporary file is created owner-only (mode 600), and the rename would carry that over: reports,
     * measurements and pages are meant to be read by others (a CI job, a reviewer), so they get rw-r--r--.
     */
    private static void readableByOthers(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Writes {@code text} as UTF-8. */
    public static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
