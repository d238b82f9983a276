package dev.sci4j.measurement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way sci4j writes a file that others read: to a temporary file in the same directory, then renamed
 * over the target with {@code ATOMIC_MOVE}, so a reader sees the old content or the new, never half of it, and
 * a failed write leaves nothing behind. It lives in this, the lowest module, so the agent and the calculator
 * share it. Stateless and thread-safe (concurrent writers of one file: the last rename wins).
 *
 * <p>It writes only to a new path or over a regular file: a rename would replace a device node, a FIFO, a socket
 * or an empty directory with a regular file (e.g. turn {@code /dev/full} into a file), so those are refused
 * ({@link #problem}). A symbolic link is followed and its target replaced, never the link itself.
 */
public final class AtomicFiles {
    /** Links followed at most, as the kernel's own limit on symbolic link chains. */
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {}

    /**
     * Writes {@code bytes} to {@code file}, creating its parent directory if needed.
     *
     * @throws IOException also when {@code file} is not a regular file or a new path ({@link #problem})
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path target = resolve(file);
        String problem = problemWithResolved(target);
        if (problem != null) {
            throw new IOException(problem);
        }
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp;
        try {
            tmp = newTemporaryFile(dir, "." + target.getFileName());
        } catch (IOException e) {
            // e.g. /proc or a read-only mount: say where, since the file itself may well exist
            throw new IOException("its directory " + dir + " does not accept new files (" + reason(e) + ")", e);
        }
        try {
            Files.write(tmp, bytes);
            readableByOthers(tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A new file {@code PREFIX.RANDOM.tmp}, created exclusively (never an existing file or link). Not
     * {@code Files.createTempFile}: its {@code SecureRandom} costs a short-lived JVM ~20 ms at exit for the agent's
     * only measurement file, and exclusive creation is what makes a temporary file safe, not an unguessable name.
     */
    private static Path newTemporaryFile(Path dir, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(prefix + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** Writes {@code text} as UTF-8. */
    public static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Why {@code file} cannot be written, as the end of a sentence ({@code "is a directory, not a file"}), or
     * {@code null} when it is a regular file, a symbolic link to one, or a new path. Callers check it before
     * any work so that a bad output path is reported before a long run, not after it.
     */
    public static String problem(Path file) {
        try {
            return problemWithResolved(resolve(file));
        } catch (IOException e) {
            return "cannot be resolved: " + e.getMessage();
        }
    }

    /**
     * The file a write to {@code file} replaces: {@code file} itself, or the end of its chain of symbolic links
     * (absolute), so the rename replaces the link's target and keeps the link.
     */
    public static Path resolve(Path file) throws IOException {
        Path path = file.toAbsolutePath();
        for (int i = 0; i < MAX_LINKS; i++) {
            if (!Files.isSymbolicLink(path)) {
                return path;
            }
            path = path.resolveSibling(Files.readSymbolicLink(path)).normalize();
        }
        throw new IOException(file + ": too many levels of symbolic links");
    }

    private static String problemWithResolved(Path target) {
        if (target.getFileName() == null) {
            return "names no file";
        }
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null; // a new path: created by the rename
        }
        if (a.isRegularFile()) {
            return null;
        }
        if (a.isDirectory()) {
            return "is a directory, not a file";
        }
        return "is not a regular file (a device, FIFO or socket), which sci4j never replaces";
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return "the file system refused a temporary file";
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
}
