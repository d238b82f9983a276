package dev.sci4j.budget;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.sci4j.input.InputFiles;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.input.ParseProblems;
import dev.sci4j.model.Sci;
import dev.sci4j.rules.json.JsonMappers;
import dev.sci4j.rules.json.JsonStrictness;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a {@link Budget} from YAML (JSON is YAML too). Strict: unknown fields are rejected, and every error
 * names the file, the line and the field path (e.g. {@code units.request.maxSci.level}). The JSON Schema of
 * the format is {@link #SCHEMA_RESOURCE} on the class path, for editors and CI linters. Thread-safe.
 */
public final class BudgetFile {
    /** Class-path location of the JSON Schema (draft 2020-12) of the budget file. */
    public static final String SCHEMA_RESOURCE = "/dev/sci4j/budget/budget.schema.json";

    private static final ObjectMapper YAML = JsonMappers.configure(YAMLMapper.builder(), JsonStrictness.STRICT)
            // Only the creators' parameters are fields of the file, not the records' accessors.
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
            // Beyond STRICT: a count such as a sample size must not be written 2.5.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private BudgetFile() {}

    /** The budget in {@code file}; a missing, malformed or invalid file is an {@link InvalidInputException}. */
    public static Budget read(Path file) {
        String text = InputFiles.text(file, InputFiles.Kind.BUDGET);
        if (text.isBlank()) {
            throw InvalidInputException.file(file, "the budget file is empty; expected grid and units");
        }
        try {
            Document document = YAML.readValue(text, Document.class);
            if (document == null) {
                throw InvalidInputException.file(file, "holds no document (null); expected grid and units");
            }
            return document.budget;
        } catch (JsonProcessingException e) {
            throw located(file, e);
        }
    }

    public static URL schema() {
        return BudgetFile.class.getResource(SCHEMA_RESOURCE);
    }

    private static InvalidInputException located(Path file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        long line = at == null ? 0 : at.getLineNr();
        if (e instanceof UnrecognizedPropertyException u) {
            line = lineOfKey(file, u.getPropertyName(), line);
        }
        String field = e instanceof JsonMappingException m ? path(m) : "(document)";
        return InvalidInputException.inFile(file, line, field, problem(e));
    }

    /**
     * Jackson reports a misspelt field only when its object ends (creators buffer unknown fields), so the
     * line it gives is past the field: look back from there for the line that holds the key.
     */
    private static long lineOfKey(Path file, String key, long reportedLine) {
        try {
            List<String> lines = Files.readAllLines(file);
            Pattern pattern = Pattern.compile("(^|[\\s{,])[\"']?" + Pattern.quote(key) + "[\"']?\\s*:");
            for (int i = (int) Math.min(reportedLine, lines.size()); i >= 1; i--) {
                if (pattern.matcher(lines.get(i - 1)).find()) {
                    return i;
                }
            }
        } catch (IOException e) {
            // Keep Jackson's line: the file was readable a moment ago, so this is not the user's problem.
        }
        return reportedLine;
    }

    private static String problem(JsonProcessingException e) {
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException cause) {
            return cause.getMessage();
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds().stream()
                    .map(Object::toString)
                    .sorted()
                    .collect(Collectors.joining(", "));
            return "unknown field; expected one of " + known;
        }
        if (ParseProblems.isSyntax(e)) {
            return "is not valid YAML" + ParseProblems.at(e) + ": " + ParseProblems.problem(e);
        }
        if (e instanceof JsonMappingException) {
            return "has the wrong type or shape: " + ParseProblems.clean(e.getOriginalMessage());
        }
        return "is not valid YAML" + ParseProblems.at(e) + ": " + ParseProblems.problem(e);
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? "(document)" : path;
    }

    /** The top level of the file. */
    private record Document(Budget budget) {
        @JsonCreator
        static Document fromFile(
                @JsonProperty("grid") GridSpec grid,
                @JsonProperty("pue") Double pue,
                @JsonProperty("aggregation") String aggregation,
                @JsonProperty("guard") Guard guard,
                @JsonProperty("units") Map<String, UnitBudget.Limits> units) {
            Map<String, UnitBudget> byName = new LinkedHashMap<>();
            if (units != null) {
                units.forEach((name, limits) -> byName.put(name, new UnitBudget(name, limits.byKind())));
            }
            return new Document(new Budget(
                    grid,
                    pue == null ? Sci.NO_PUE : pue,
                    Aggregation.parse(aggregation, "aggregation (median, mean, min or max)"),
                    guard == null ? Guard.DEFAULT : guard,
                    byName));
        }
    }
}
