package dev.sci4j.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.input.ParseProblems;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's binding errors (YAML or JSON) into one sentence naming the source, line and field, with the
 * message of the validating constructor that refused the value. Stateless and thread-safe.
 */
public final class BindingErrors {
    /** A field path at the start of a message, followed by a space: {@code referenceEnvironment.logicalCores }. */
    private static final Pattern NAMED_FIELD =
            Pattern.compile("([A-Za-z][A-Za-z0-9]*(?:\\[\\d+\\])?(?:\\.[A-Za-z][A-Za-z0-9]*(?:\\[\\d+\\])?)*) ");

    private BindingErrors() {}

    public static InvalidInputException describe(String source, JsonProcessingException e) {
        return describe(source, e, path -> -1);
    }

    /**
     * As {@link #describe(String, JsonProcessingException)}, with {@code lineOf} (a dotted path's line in the
     * source, or -1) to place a validating constructor's refusal: its message starts with the field it refused
     * ({@code "lowestGrade 'NaN' is not a grade id"}), which is named and located instead of the object Jackson
     * was building, and a field with no line of its own (one that is missing) gets its nearest parent's.
     */
    public static InvalidInputException describe(
            String source, JsonProcessingException e, ToLongFunction<String> lineOf) {
        String field = "(document)";
        if (e instanceof JsonMappingException) {
            field = path(e);
        }
        String problem = ParseProblems.problem(e);
        Throwable cause = e.getCause();
        long line = ParseProblems.line(e);
        if (cause instanceof InvalidInputException || cause instanceof IllegalArgumentException) {
            problem = cause.getMessage();
            String named = namedField(problem);
            for (String candidate : named == null ? List.<String>of() : candidates(field, named)) {
                long at = lineOf.applyAsLong(candidate);
                if (at > 0) {
                    field = candidate;
                    line = at;
                    break;
                }
            }
        }
        if (problem != null && problem.contains("Unrecognized field")) {
            problem = "is not a known field";
        } else if (problem != null
                && (problem.startsWith("Missing required creator property")
                        || problem.startsWith("Missing creator property"))) {
            problem = "is missing";
        }
        if (ParseProblems.isSyntax(e)) {
            return new InvalidInputException(source + ParseProblems.at(e) + ": is not valid YAML or JSON: " + problem);
        }
        for (String p = field; line <= 0 && p != null; p = parent(p)) {
            line = lineOf.applyAsLong(p);
        }
        return new InvalidInputException(
                source + (line > 0 ? " line " + line : "") + ", field '" + field + "': " + firstLine(problem));
    }

    /** The dotted path a message starts with, or null. */
    private static String namedField(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = NAMED_FIELD.matcher(message);
        return m.lookingAt() ? m.group(1) : null;
    }

    /** The named field as an absolute path, then relative to the object Jackson was building. */
    private static List<String> candidates(String field, String named) {
        return field.startsWith("(") ? List.of(named) : List.of(named, field + "." + named);
    }

    /** {@code a.b[0].c} → {@code a.b[0]} → {@code a.b} → {@code a} → null. */
    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? null : path.substring(0, cut);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "is not valid";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** The dotted path of the field Jackson stopped at, or {@code (document)} for a syntax error. */
    public static String path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException)) {
            return "(document)";
        }
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : ((JsonMappingException) e).getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.length() > 0 ? "." : "").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "(root)" : sb.toString();
    }
}
