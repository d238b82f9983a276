package dev.sci4j.cli;

import dev.sci4j.input.InputFiles;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.measurement.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Files the user names for output ({@code --out}, {@code --html}): a path that cannot be written (no such
 * directory, no permission, a full disk) is for the user to fix, so it is bad input naming the option and the
 * file, not a bug in sci4j. Every output goes through {@link AtomicFiles}, which writes only to regular files or
 * new paths; {@link #check} says so before any work, and refuses an output that is also an input (it would be
 * replaced before, or instead of, being read). Stateless.
 */
final class OutputFiles {
    private OutputFiles() {}

    /** Writes one output file. */
    interface Writer {
        void write(Path file) throws IOException;
    }

    /**
     * Refuses {@code file} (may be {@code null}: no such output) when it is a directory, a device, a FIFO or a
     * socket, or the same file as one of {@code inputs} (nulls ignored).
     */
    static void check(String option, Path file, Collection<Path> inputs) {
        if (file == null) {
            return;
        }
        if (file.toString().isEmpty()) {
            throw new InvalidInputException(option + ": the path is empty; name a file");
        }
        String problem = AtomicFiles.problem(file);
        if (problem != null) {
            throw new InvalidInputException(option + ": " + problem + "; name a regular file or a new path");
        }
        for (Path input : inputs) {
            if (input != null && InputFiles.sameFile(file, input)) {
                throw new InvalidInputException(option + " " + file
                        + ": is also an input of this command and would be overwritten; write to another file");
            }
        }
    }

    /** The files among {@code paths} (each a {@link Path}, a collection of paths, or {@code null}). */
    static List<Path> inputs(Object... paths) {
        List<Path> all = new ArrayList<>();
        for (Object p : paths) {
            if (p instanceof Path path) {
                all.add(path);
            } else if (p instanceof Collection<?> many) {
                many.stream()
                        .filter(Path.class::isInstance)
                        .map(Path.class::cast)
                        .forEach(all::add);
            }
        }
        return all;
    }

    static void write(String option, Path file, Writer writer) {
        Objects.requireNonNull(file, "file");
        try {
            writer.write(file);
        } catch (FileSystemException e) {
            // The JDK's own refusal (keygen's new files): its message is the bare path, so say what happened.
            throw new InvalidInputException(
                    option + ": " + e.getFile() + " cannot be written: " + InputFiles.describe(e));
        } catch (IOException e) {
            // AtomicFiles (and the PDF printer) name the file in the message: the path is not repeated here.
            throw new InvalidInputException(option + ": " + e.getMessage());
        }
    }
}
