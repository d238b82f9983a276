package dev.sci4j.embodied;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sci4j.input.InputFiles;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.input.ParseProblems;
import dev.sci4j.rules.json.JsonMappers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@link Hardware} file. Streams tokens rather than binding to a tree so that every error can name the
 * line of the offending field. Stateless and thread-safe.
 */
final class HardwareFile {
    private static final String NAME = "name";
    /** Without these the estimate would silently describe a different server. */
    private static final List<HardwareComponent> REQUIRED =
            List.of(HardwareComponent.CPU_SOCKETS, HardwareComponent.MEMORY_GB);

    private HardwareFile() {}

    static Hardware read(Path file) {
        String text = InputFiles.text(file, InputFiles.Kind.HARDWARE);
        try (JsonParser parser = factoryFor(file).createParser(text)) {
            return parse(file, parser);
        } catch (JsonProcessingException e) {
            throw ParseProblems.syntax(file.toString(), e, formatOf(file));
        } catch (IOException e) {
            throw InvalidInputException.file(file, "cannot be read: " + InputFiles.describe(e));
        }
    }

    private static Hardware parse(Path file, JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw InvalidInputException.file(
                    file, "the hardware file is empty; expected the fields " + HardwareComponent.keys());
        }
        if (token != JsonToken.START_OBJECT) {
            throw InvalidInputException.file(
                    file,
                    "line " + line(parser) + ": expected a mapping of hardware fields (" + HardwareComponent.keys()
                            + "), got '" + parser.getText() + "'");
        }
        Map<HardwareComponent, Double> quantities = new EnumMap<>(HardwareComponent.class);
        Set<String> seen = new HashSet<>();
        String name = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            long line = line(parser);
            JsonToken value = parser.nextToken();
            if (!seen.add(field)) {
                throw InvalidInputException.inFile(file, line, field, "appears more than once");
            }
            if (NAME.equals(field)) {
                if (value != JsonToken.VALUE_STRING) {
                    throw InvalidInputException.inFile(
                            file, line, field, "must be text, got '" + parser.getText() + "'");
                }
                name = parser.getText();
                continue;
            }
            HardwareComponent component = HardwareComponent.byKey(field)
                    .orElseThrow(() -> InvalidInputException.inFile(
                            file, line, field, "unknown field; expected " + HardwareComponent.keys() + " or " + NAME));
            quantities.put(component, quantity(file, parser, line, component, value));
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw InvalidInputException.file(file, "line " + line(parser) + ": expected a hardware field name");
        }
        if (parser.nextToken() != null) {
            throw InvalidInputException.file(
                    file, "line " + line(parser) + ": unexpected content after the hardware mapping");
        }
        for (HardwareComponent component : REQUIRED) {
            if (!quantities.containsKey(component)) {
                throw InvalidInputException.file(file, "field '" + component.key() + "' is missing");
            }
        }
        return new Hardware(
                (int) count(quantities, HardwareComponent.CPU_SOCKETS),
                count(quantities, HardwareComponent.MEMORY_GB),
                (int) count(quantities, HardwareComponent.SSD),
                (int) count(quantities, HardwareComponent.HDD),
                (int) count(quantities, HardwareComponent.GPU),
                Optional.ofNullable(name));
    }

    private static double quantity(
            Path file, JsonParser parser, long line, HardwareComponent component, JsonToken value) throws IOException {
        if (value == null || !value.isNumeric()) {
            throw InvalidInputException.inFile(
                    file, line, component.key(), "must be a number, got '" + parser.getText() + "'");
        }
        double quantity = parser.getDoubleValue();
        Optional<String> problem = component.problem(quantity);
        if (problem.isPresent()) {
            throw InvalidInputException.inFile(file, line, component.key(), problem.get());
        }
        return quantity;
    }

    /** An absent drive or GPU count means the server has none (the estimate's breakdown still lists it as 0). */
    private static double count(Map<HardwareComponent, Double> quantities, HardwareComponent component) {
        return quantities.getOrDefault(component, 0.0);
    }

    private static long line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static JsonFactory factoryFor(Path file) {
        return JsonMappers.limited(isJson(file) ? new JsonFactory() : new YAMLFactory());
    }

    private static String formatOf(Path file) {
        return isJson(file) ? "JSON" : "YAML";
    }
}
