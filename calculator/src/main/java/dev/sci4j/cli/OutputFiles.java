package dev.sci4j.cli;

import dev.sci4j.input.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Files the user names for output ({@code --out}, {@code --html}): a path that cannot be written (no such
 * directory, no permission, a full disk) is for the user to fix, so it is bad input naming the option and the
 * file, not a bug in sci4j. Stateless.
 */
final class OutputFiles {
    private OutputFiles() {}

    /** Writes one output file. */
    interface Writer {
        void write(Path file) throws IOException;
    }

    static void write(String option, Path file, Writer writer) {
        try {
            writer.write(file);
        } catch (IOException e) {
            throw new InvalidInputException(option + " " + file + ": cannot be written: " + e);
        }
    }
}
