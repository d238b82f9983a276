package dev.sci4j.grid;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.input.InputFiles;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.input.ParseProblems;
import dev.sci4j.rules.json.JsonMappers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A JSON document read into Jackson nodes while remembering the line of every object and of every field, so
 * an error can name the line. ObjectMapper.readTree forgets locations; scalar nodes may be shared singletons,
 * so lines are keyed by the (always fresh) containing object. Not thread-safe while reading; read-only after.
 */
final class LocatedJson {
    private static final JsonFactory FACTORY = JsonMappers.limited(new JsonFactory());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Path file;
    private final Map<JsonNode, Long> containerLines = new IdentityHashMap<>();
    private final Map<JsonNode, Map<String, Long>> fieldLines = new IdentityHashMap<>();
    private JsonNode root;

    private LocatedJson(Path file) {
        this.file = file;
    }

    static LocatedJson read(Path file) {
        LocatedJson doc = new LocatedJson(file);
        String text = InputFiles.text(file, InputFiles.Kind.SERIES);
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                throw InvalidInputException.file(file, "is empty: expected a JSON document");
            }
            doc.root = doc.value(parser);
            if (parser.nextToken() != null) {
                throw InvalidInputException.inFile(
                        file,
                        line(parser.currentTokenLocation()),
                        "(document)",
                        "unexpected content after the end of the JSON document");
            }
        } catch (StreamReadException e) {
            String field = "(document)";
            if (e.getProcessor() != null && e.getProcessor().getParsingContext().getCurrentName() != null) {
                field = e.getProcessor().getParsingContext().getCurrentName();
            }
            throw InvalidInputException.inFile(
                    file, line(e.getLocation()), field, "is not valid JSON: " + ParseProblems.problem(e));
        } catch (IOException e) {
            throw InvalidInputException.file(file, "cannot be read: " + InputFiles.describe(e));
        }
        return doc;
    }

    Path file() {
        return file;
    }

    /** The root, which must be an object. */
    JsonRecord rootObject(String expected) {
        if (!root.isObject()) {
            throw InvalidInputException.inFile(file, 1, "(document)", "expected a JSON object: " + expected);
        }
        return new JsonRecord(this, (ObjectNode) root, "");
    }

    boolean rootIsArray() {
        return root.isArray();
    }

    ArrayNode rootArray() {
        return (ArrayNode) root;
    }

    long lineOf(JsonNode container) {
        return containerLines.getOrDefault(container, 1L);
    }

    long lineOf(JsonNode object, String field) {
        Map<String, Long> lines = fieldLines.get(object);
        Long line = lines == null ? null : lines.get(field);
        return line != null ? line : lineOf(object);
    }

    private JsonNode value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        long line = line(parser.currentTokenLocation());
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                containerLines.put(object, line);
                Map<String, Long> lines = new HashMap<>();
                fieldLines.put(object, lines);
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    long fieldLine = line(parser.currentTokenLocation());
                    parser.nextToken();
                    if (object.has(name)) {
                        throw InvalidInputException.inFile(file, fieldLine, name, "appears twice in the same object");
                    }
                    object.set(name, value(parser));
                    lines.put(name, fieldLine);
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                containerLines.put(array, line);
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return NODES.booleanNode(parser.getBooleanValue());
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw InvalidInputException.inFile(file, line, "(document)", "unexpected JSON token " + token);
        }
    }

    private static long line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }
}
