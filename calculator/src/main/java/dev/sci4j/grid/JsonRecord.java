package dev.sci4j.grid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.input.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One JSON object of a {@link LocatedJson} document with typed, required-or-optional field access; every
 * error names the file, the field's line and its path (e.g. {@code data[3].value}). Read-only.
 */
final class JsonRecord {
    private final LocatedJson doc;
    private final ObjectNode node;
    private final String path;

    JsonRecord(LocatedJson doc, ObjectNode node, String path) {
        this.doc = doc;
        this.node = node;
        this.path = path;
    }

    /** The line where this object starts. */
    long line() {
        return doc.lineOf(node);
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    String text(String field) {
        JsonNode value = required(field);
        if (!value.isTextual()) {
            throw error(field, "must be a string, got " + value);
        }
        return value.asText();
    }

    /** The text, or null when the field is absent or null. */
    String optionalText(String field) {
        return has(field) ? text(field) : null;
    }

    /** A finite JSON number. */
    double number(String field) {
        JsonNode value = required(field);
        if (!value.isNumber()) {
            throw error(field, "must be a number, got " + value);
        }
        return FieldValues.finite(value.asDouble(), doc.file(), line(field), name(field));
    }

    /** A finite JSON number of at least zero, e.g. an intensity. */
    double nonNegative(String field) {
        return FieldValues.nonNegative(number(field), doc.file(), line(field), name(field));
    }

    /** An ISO-8601 timestamp with an offset. */
    Instant instant(String field) {
        return Timestamps.parse(text(field), false, doc.file(), line(field), name(field));
    }

    /** A positive duration, ISO-8601 or a .NET TimeSpan. */
    Duration duration(String field) {
        return FieldValues.duration(text(field), doc.file(), line(field), name(field));
    }

    /** The line of {@code field}, or of this object when the field is absent. */
    long line(String field) {
        return doc.lineOf(node, field);
    }

    /** The path of this object in the document, e.g. {@code data[3]}; empty for the root. */
    String path() {
        return path;
    }

    JsonRecord object(String field) {
        JsonNode value = required(field);
        if (!value.isObject()) {
            throw error(field, "must be a JSON object, got " + value);
        }
        return new JsonRecord(doc, (ObjectNode) value, name(field));
    }

    /** The elements of an array of objects. */
    List<JsonRecord> objects(String field) {
        JsonNode value = required(field);
        if (!value.isArray()) {
            throw error(field, "must be a JSON array");
        }
        return elements(doc, value, name(field));
    }

    InvalidInputException error(String field, String problem) {
        return InvalidInputException.inFile(doc.file(), line(field), name(field), problem);
    }

    /** Each element of {@code array} as a record, named {@code arrayPath[i]}; non-objects are errors. */
    static List<JsonRecord> elements(LocatedJson doc, JsonNode array, String arrayPath) {
        List<JsonRecord> records = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            String elementPath = arrayPath + "[" + i + "]";
            if (!element.isObject()) {
                throw InvalidInputException.inFile(
                        doc.file(), doc.lineOf(array), elementPath, "must be a JSON object, got " + element);
            }
            records.add(new JsonRecord(doc, (ObjectNode) element, elementPath));
        }
        return records;
    }

    private JsonNode required(String field) {
        if (!has(field)) {
            throw InvalidInputException.inFile(doc.file(), line(field), name(field), "is missing");
        }
        return node.get(field);
    }

    private String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
