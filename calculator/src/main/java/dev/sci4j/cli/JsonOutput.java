package dev.sci4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.rules.json.JsonMappers;
import dev.sci4j.rules.json.JsonStrictness;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Machine output of the CLI. Jackson writes doubles with {@link Double#toString}, which is locale-free and
 * keeps full precision: the JSON never rounds.
 */
final class JsonOutput {
    /** Writes the CLI's output; reads only what the CLI itself wrote (the demo's child process). */
    static final ObjectMapper MAPPER = JsonMappers.json(JsonStrictness.STRICT);

    private JsonOutput() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static void print(PrintWriter out, ObjectNode node) {
        try {
            out.println(MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
