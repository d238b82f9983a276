package dev.sci4j.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.input.ParseProblems;

/**
 * Turns Jackson's binding errors (YAML or JSON) into one sentence naming the source, line and field, with the
 * message of the validating constructor that refused the value. Stateless and thread-safe.
 */
public final class BindingErrors {
    private BindingErrors() {}

    public static InvalidInputException describe(String source, JsonProcessingException e) {
        String field = "(document)";
        if (e instanceof JsonMappingException) {
            field = path(e);
        }
        String problem = ParseProblems.problem(e);
        Throwable cause = e.getCause();
        if (cause instanceof InvalidInputException || cause instanceof IllegalArgumentException) {
            problem = cause.getMessage();
        }
        if (problem != null && problem.contains("Unrecognized field")) {
            problem = "is not a known field";
        } else if (problem != null
                && (problem.startsWith("Missing required creator property")
                        || problem.startsWith("Missing creator property"))) {
            problem = "is missing";
        }
        long line = ParseProblems.line(e);
        if (ParseProblems.isSyntax(e)) {
            return new InvalidInputException(source + ParseProblems.at(e) + ": is not valid YAML or JSON: " + problem);
        }
        return new InvalidInputException(
                source + (line > 0 ? " line " + line : "") + ", field '" + field + "': " + firstLine(problem));
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
