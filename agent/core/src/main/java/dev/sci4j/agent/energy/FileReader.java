package dev.sci4j.agent.energy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a small text file (sysfs counters, the host energy file). A seam: tests run as root, so they cannot
 * make a file unreadable with permissions and inject a reader that throws
 * {@link java.nio.file.AccessDeniedException} instead. Implementations are thread-safe.
 */
@FunctionalInterface
public interface FileReader {
    /** At most this much is read: counters are a line; a larger "file" is not one. */
    int MAX_BYTES = 4096;

    /** The whole file as text. */
    String read(Path file) throws IOException;

    /**
     * Reads from the file system, only regular files (sysfs attributes are), at most {@link #MAX_BYTES}. Opening
     * a FIFO blocks until a writer appears and a device may never end, either of which would stop the sampler
     * thread for good; Java cannot open without blocking, so such a file is refused before it is opened, and the
     * source that needs it is reported and replaced by the next one.
     */
    static FileReader system() {
        return file -> {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new IOException(file + " is not a regular file (a FIFO, device, socket or directory), which"
                        + " could block the sampler");
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new IOException(file + " is larger than " + MAX_BYTES + " bytes: not an energy counter");
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
        };
    }
}
