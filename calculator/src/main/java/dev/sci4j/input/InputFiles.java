package dev.sci4j.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * The one way the CLI reads a file the user names: only a regular file (a directory, device, FIFO or socket is
 * refused before it is opened, so {@code /dev/zero} or a pipe can never hang or exhaust memory), at most the
 * size limit of its {@link Kind} (reading stops at the limit), and strict UTF-8. Every failure is an
 * {@link InvalidInputException}: one sentence naming the file and what was expected ("permission denied", the
 * limit, the line of a byte that is not UTF-8). Stateless and thread-safe.
 */
public final class InputFiles {
    private static final int MIB = 1024 * 1024;

    private InputFiles() {}

    /** What a file is, for messages, and how large it may be: a limit suited to its kind. */
    public enum Kind {
        KEY("key", MIB / 16, ""),
        BUDGET("budget", MIB, ""),
        PROFILE("procurement profile", MIB, ""),
        METADATA("report metadata", MIB, ""),
        HARDWARE("hardware", 4 * MIB, ""),
        COEFFICIENTS("embodied coefficients", 4 * MIB, ""),
        MEASUREMENT("measurement", 64 * MIB, ""),
        SERIES("series", 64 * MIB, ""),
        CHECK_RESULT("check result", 64 * MIB, ""),
        REPORT("report", 256 * MIB, " (a report embeds its measurements, so its limit is the largest)");

        private final String noun;
        private final int maxBytes;
        private final String why;

        Kind(String noun, int maxBytes, String why) {
            this.noun = noun;
            this.maxBytes = maxBytes;
            this.why = why;
        }

        /** The kind in messages, e.g. {@code budget}. */
        public String noun() {
            return noun;
        }

        /** The size limit, bytes. */
        public int maxBytes() {
            return maxBytes;
        }
    }

    /** The file's bytes, after the checks above but before decoding. */
    public static byte[] bytes(Path file, Kind kind) {
        BasicFileAttributes attributes = attributes(file, kind);
        if (attributes.isDirectory()) {
            throw InvalidInputException.file(file, "is a directory, not a " + kind.noun + " file");
        }
        if (!attributes.isRegularFile()) {
            throw InvalidInputException.file(
                    file, "is not a regular file (a device, FIFO or socket); give a " + kind.noun + " file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(kind.maxBytes + 1);
            if (bytes.length > kind.maxBytes) {
                throw InvalidInputException.file(
                        file,
                        "is larger than " + size(kind.maxBytes) + ", the limit for a " + kind.noun + " file" + kind.why
                                + "; reading stopped there");
            }
            return bytes;
        } catch (IOException e) {
            throw InvalidInputException.file(file, "cannot be read: " + describe(e));
        }
    }

    /** The file as UTF-8 text; a byte sequence that is not UTF-8 is an error naming its line. */
    public static String text(Path file, Kind kind) {
        return utf8(bytes(file, kind), file.toString());
    }

    /** {@code bytes} as UTF-8; {@code source} names them in the error. */
    public static String utf8(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        if (decoder.decode(in, out, true).isError()) {
            int at = in.position();
            throw new InvalidInputException(source + " line " + lineAt(bytes, at) + ": byte 0x"
                    + String.format(Locale.ROOT, "%02X", bytes[at] & 0xFF)
                    + " is not UTF-8 text; save the file as UTF-8");
        }
        try {
            decoder.flush(out);
        } catch (RuntimeException e) {
            throw new InvalidInputException(source + ": is not UTF-8 text; save the file as UTF-8", e);
        }
        return out.flip().toString();
    }

    /** Whether two paths name the same file (after links); paths that do not exist are the same if equal. */
    public static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall through to comparing the names
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /**
     * An I/O failure as the end of a sentence, without Java's class names: "permission denied", "no such file
     * or directory", or the operating system's reason.
     */
    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException fs) {
            String reason = fs.getReason();
            return reason != null ? reason : "the file system refused it";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        String message = e.getMessage();
        return message != null && !message.isBlank()
                ? message.lines().findFirst().orElse(message)
                : "I/O error";
    }

    private static BasicFileAttributes attributes(Path file, Kind kind) {
        if (file.toString().isEmpty()) {
            throw new InvalidInputException("the " + kind.noun + " file name is empty; name a file");
        }
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(file)) {
                throw InvalidInputException.file(file, "is a symbolic link to a file that does not exist");
            }
            throw InvalidInputException.file(file, "no such " + kind.noun + " file");
        } catch (IOException e) {
            throw InvalidInputException.file(file, "cannot be read: " + describe(e));
        }
    }

    private static String size(int bytes) {
        return bytes >= MIB ? bytes / MIB + " MiB" : bytes / 1024 + " KiB";
    }

    private static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
