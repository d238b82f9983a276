package dev.sci4j.measurement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
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
 *
 * <p>Every refusal and every failure names the path the caller gave, once, here: callers add only their own
 * context (an option, a configuration key), never the path again.
 */
public final class AtomicFiles {
    /** Links followed at most, as the kernel's own limit on symbolic link chains. */
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {}

    /**
     * Writes {@code bytes} to {@code file}, creating its parent directory if needed.
     *
     * @throws IOException also when {@code file} is not a regular file or a new path ({@link #problem}); the
     *     message is a clause that names {@code file} ({@code "out.json cannot be written: permission denied"})
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        String problem = problem(file);
        if (problem != null) {
            throw new IOException(problem);
        }
        Path target = resolve(file);
        Path dir = target.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException(
                    file + " cannot be written: its directory " + dir + " cannot be created (" + reason(e) + ")", e);
        }
        Path tmp;
        try {
            tmp = newTemporaryFile(dir, "." + target.getFileName());
        } catch (IOException e) {
            // e.g. /proc or a read-only mount: say where, since the file itself may well exist
            throw new IOException(
                    file + " cannot be written: its directory " + dir + " does not accept new files (" + reason(e)
                            + ")",
                    e);
        }
        try {
            Files.write(tmp, bytes);
            readableByOthers(tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IOException(file + " cannot be written: " + reason(e), e);
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
     * Why {@code file} cannot be written, as a clause that names it ({@code "out is a directory, not a file"}),
     * or {@code null} when it is a regular file, a symbolic link to one, or a new path. Callers check it before
     * any work so that a bad output path is reported before a long run, not after it.
     */
    public static String problem(Path file) {
        Path target;
        try {
            target = resolve(file);
        } catch (IOException e) {
            return file + " cannot be resolved (" + reason(e) + ")";
        }
        String problem = problemWithResolved(target);
        return problem == null ? null : file + " " + problem;
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
        throw new FileSystemException(file.toString(), null, "too many levels of symbolic links");
    }

    private static String problemWithResolved(Path target) {
        if (target.getFileName() == null) {
            return "names no file";
        }
        Path dir = target.getParent();
        if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
            return "cannot be written: " + dir + " is a file, not a directory";
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
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException) {
            String reason = ((FileSystemException) e).getReason();
            return reason != null ? reason : "the file system refused it";
        }
        // A plain IOException's message is the system's reason (e.g. "No space left on device"), not a path.
        String message = e.getMessage();
        return message != null && !message.isBlank()
                ? message.lines().findFirst().orElse(message)
                : "I/O error";
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
