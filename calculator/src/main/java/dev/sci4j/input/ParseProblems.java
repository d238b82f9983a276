package dev.sci4j.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.sci4j.rules.json.JsonMappers;
import dev.sci4j.rules.json.JsonProblems;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A JSON, YAML or CSV parser's error as the end of one sentence for the user: the parser's problem without its
 * multi-line excerpt, carets, Java class names or hints about parser features, and where it is ("line 3, column
 * 7"). Stateless and thread-safe.
 */
public final class ParseProblems {
    private ParseProblems() {}

    /** The problem, one line: e.g. {@code "unexpected end of input"}. */
    public static String problem(JsonProcessingException e) {
        MarkedYAMLException yaml = yamlCause(e);
        if (yaml != null) {
            return clean(yaml.getProblem() != null ? yaml.getProblem() : yaml.getContext());
        }
        if (e instanceof StreamConstraintsException) {
            String m = String.valueOf(e.getOriginalMessage());
            if (m.contains("nesting depth")) {
                return "nests deeper than " + JsonMappers.MAX_NESTING_DEPTH + " levels, the limit for sci4j's inputs";
            }
            if (m.contains("Number value length") || m.contains("number length")) {
                return "holds a number longer than " + JsonMappers.MAX_NUMBER_LENGTH + " characters, the limit";
            }
            return "exceeds a size limit for sci4j's inputs";
        }
        return clean(e.getOriginalMessage());
    }

    /** {@code "line L, column C"} of the error, or {@code ""} when the parser gave none. */
    public static String where(JsonProcessingException e) {
        MarkedYAMLException yaml = yamlCause(e);
        if (yaml != null && yaml.getProblemMark() != null) {
            Mark mark = yaml.getProblemMark();
            return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
        }
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() <= 0) {
            return "";
        }
        return "line " + at.getLineNr() + (at.getColumnNr() > 0 ? ", column " + at.getColumnNr() : "");
    }

    /** {@code " (line L, column C)"}, or {@code ""} when the parser gave no location. */
    public static String at(JsonProcessingException e) {
        String where = where(e);
        return where.isEmpty() ? "" : " (" + where + ")";
    }

    /**
     * Whether the document does not parse at all (as opposed to parsing into the wrong shape), also when the data
     * binder wrapped the parser's error.
     */
    public static boolean isSyntax(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MarkedYAMLException || t instanceof StreamReadException) {
                return true;
            }
        }
        return false;
    }

    /** The 1-based line of the error, or 0 when unknown. */
    public static long line(JsonProcessingException e) {
        MarkedYAMLException yaml = yamlCause(e);
        if (yaml != null && yaml.getProblemMark() != null) {
            return yaml.getProblemMark().getLine() + 1L;
        }
        JsonLocation at = e.getLocation();
        return at == null ? 0 : Math.max(0, at.getLineNr());
    }

    /** {@code source line L, column C: problem} as an exception, for a document that does not parse at all. */
    public static InvalidInputException syntax(String source, JsonProcessingException e, String format) {
        return new InvalidInputException(source + at(e) + ": is not valid " + format + ": " + problem(e), e);
    }

    /** One line, without class names and feature hints ({@link JsonProblems}). */
    public static String clean(String message) {
        return JsonProblems.clean(message);
    }

    private static MarkedYAMLException yamlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException) {
                return (MarkedYAMLException) t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
