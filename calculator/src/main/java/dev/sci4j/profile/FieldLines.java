package dev.sci4j.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import java.io.IOException;
import java.util.function.ToLongFunction;

/**
 * Finds the line of a field in a YAML or JSON text, by its dotted path ({@code grades[0].grade}), for messages
 * about a value that a validating constructor refused after the parser had moved on (so Jackson's own location
 * is the end of the object, or of the file). Only used on the error path. Stateless and thread-safe.
 */
public final class FieldLines {
    private FieldLines() {}

    /** A locator over {@code text}: the 1-based line of a dotted path, or -1 when the text has no such field. */
    public static ToLongFunction<String> in(JsonFactory factory, String text) {
        return path -> lineOf(factory, text, path);
    }

    static long lineOf(JsonFactory factory, String text, String dottedPath) {
        JsonPointer wanted;
        try {
            wanted = JsonPointer.compile(pointer(dottedPath));
        } catch (IllegalArgumentException e) {
            return -1;
        }
        try (JsonParser p = factory.createParser(text)) {
            while (p.nextToken() != null) {
                if (p.getParsingContext().pathAsPointer().equals(wanted)) {
                    return p.currentTokenLocation().getLineNr();
                }
            }
        } catch (IOException e) {
            // The text does not parse up to the field: no line to add.
        }
        return -1;
    }

    /** {@code grades[0].grade} as the JSON Pointer {@code /grades/0/grade}. */
    private static String pointer(String dottedPath) {
        StringBuilder sb = new StringBuilder();
        for (String part : dottedPath.replace("[", ".").replace("]", "").split("\\.")) {
            if (!part.isEmpty()) {
                sb.append('/').append(part.replace("~", "~0").replace("/", "~1"));
            }
        }
        return sb.toString();
    }
}
