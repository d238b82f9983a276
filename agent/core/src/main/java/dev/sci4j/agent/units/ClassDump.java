package dev.sci4j.agent.units;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code dump} switch: writes each rewritten class file to {@code DIR/<package path>/<Name>.class}, to be
 * read with {@code javap -c -v}. For debugging only: it writes synchronously from the transformer (as Byte
 * Buddy's {@code net.bytebuddy.dump} does), a retransformed class overwrites its earlier file, and a failure
 * is queued as one message and never reaches the application. Thread-safe (one file per class).
 */
final class ClassDump {
    private static final int MAX_ERRORS_SAID = 3;

    private final Path directory;
    private final TransformMessages messages;
    private int errors; // racy counter: only limits how often a failure is said

    /**
     * @param directory where the files go; created now, so that the file system classes are loaded at install
     *                  rather than inside the first transform
     */
    ClassDump(Path directory, TransformMessages messages) throws IOException {
        this.directory = Files.createDirectories(directory.toAbsolutePath().normalize());
        this.messages = messages;
    }

    /** The file a class's dump goes to. */
    Path file(String internalName) {
        return directory.resolve(internalName + ".class").normalize();
    }

    /** Writes one rewritten class; never throws. */
    void write(String internalName, byte[] classFile) {
        try {
            Path file = file(internalName);
            if (!file.startsWith(directory)) {
                throw new IOException("class name leads outside the dump directory");
            }
            Files.createDirectories(file.getParent());
            Files.write(file, classFile);
        } catch (IOException | RuntimeException e) {
            if (++errors <= MAX_ERRORS_SAID) {
                messages.offer("cannot dump " + internalName.replace('/', '.') + " to " + directory + " (" + e + ")");
            }
        }
    }
}
