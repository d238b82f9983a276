package dev.sci4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Machine output of the CLI. Jackson writes doubles with {@link Double#toString}, which is locale-free and
 * keeps full precision: the JSON never rounds.
 */
final class JsonOutput {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

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
