package dev.sci4j.input;

import java.nio.file.Path;

/**
 * A user mistake: a missing, malformed or out-of-range input. The message is one sentence that names the
 * field (and the file and line when the input came from a file) so the user can fix it; the CLI prints it
 * without a stack trace and exits with code 2. Only the input layer throws it (option handling, file readers,
 * parsers of user text, lookups of what the user named): value types throw a plain
 * {@link IllegalArgumentException}, which the CLI reports as a bug in sci4j (exit 1).
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A problem with a value read from {@code file} at 1-based {@code line}, in {@code field}. */
    public static InvalidInputException inFile(Path file, long line, String field, String problem) {
        return new InvalidInputException(file + " line " + line + ", field '" + field + "': " + problem);
    }

    /** A problem with a file as a whole (unreadable, empty, not the expected format). */
    public static InvalidInputException file(Path file, String problem) {
        return new InvalidInputException(file + ": " + problem);
    }
}
