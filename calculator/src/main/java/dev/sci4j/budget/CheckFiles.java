package dev.sci4j.budget;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sci4j.input.InputFiles;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.input.ParseProblems;
import dev.sci4j.measurement.AtomicFiles;
import dev.sci4j.rules.json.JsonMappers;
import dev.sci4j.rules.json.JsonStrictness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * JSON and text files of the budget check: reading a tree with errors that name the file and line, and
 * writing atomically (a temporary file in the same directory renamed over the target), so a CI step that
 * reads the output never sees half a file. Jackson writes doubles locale-free. Thread-safe.
 */
public final class CheckFiles {
    /** Strict: a key given twice in a baseline or report would otherwise silently keep the last value. */
    static final ObjectMapper MAPPER = JsonMappers.json(JsonStrictness.STRICT);

    private CheckFiles() {}

    /** A JSON object from {@code file}, read within the limits of its {@code kind} ({@link InputFiles}). */
    static JsonNode readTree(Path file, InputFiles.Kind kind) {
        String text = InputFiles.text(file, kind);
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || !root.isObject()) {
                throw InvalidInputException.file(file, "expected a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw InvalidInputException.inFile(
                    file, ParseProblems.line(e), "(document)", "is not valid JSON: " + ParseProblems.problem(e));
        }
    }

    static String toText(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} as UTF-8 so readers see the old file or the new one, never a part. */
    public static void writeAtomically(Path file, String text) {
        try {
            AtomicFiles.write(file, text);
        } catch (IOException e) {
            throw new InvalidInputException(e.getMessage()); // names the file (AtomicFiles)
        }
    }
}
