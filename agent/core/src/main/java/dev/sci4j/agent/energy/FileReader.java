package dev.sci4j.agent.energy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a small text file (sysfs counters, the host energy file). A seam: tests run as root, so they cannot
 * make a file unreadable with permissions and inject a reader that throws
 * {@link java.nio.file.AccessDeniedException} instead. Implementations are thread-safe.
 */
@FunctionalInterface
public interface FileReader {
    /** The whole file as text. */
    String read(Path file) throws IOException;

    /** Reads from the file system. */
    static FileReader system() {
        return file -> new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
