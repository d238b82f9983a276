package dev.sci4j.rules.json;

import java.util.regex.Pattern;

/**
 * A JSON or YAML parser's message made fit for a user: one line, without Java class names (package-qualified
 * names become simple names), without hints at Jackson's feature flags and without source excerpts. The one
 * place both the measurement reader and the calculator's readers clean messages. Stateless and thread-safe.
 */
public final class JsonProblems {
    private static final Pattern NOISE = Pattern.compile("\\s*\\((?:class|through reference chain:?) [^)]*\\)"
            + "|;?\\s*(?:to allow|enable|disable)\\s*`?[\\w.]*Feature[\\w.`]*.*"
            + "|\\s*\\(for (?:Object|Array) starting at[^)]*\\)"
            + "|\\s*\\(although at least one Creator exists\\)"
            + "|\\s*at \\[Source:.*");

    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z]\\w*\\.){2,}([A-Z][\\w$]*)");

    private static final Pattern NO_CREATOR = Pattern.compile(
            "Cannot construct instance of `?[\\w$]+`?:? no [\\w/-]+ constructor/factory method to deserialize from"
                    + " (\\w+) value \\(?([^)]*)\\)?");

    private JsonProblems() {}

    /** One line, without class names and feature hints; {@code "is not valid"} when nothing is left. */
    public static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "is not valid";
        }
        if (message.contains("nesting depth")) {
            return "nests deeper than " + JsonMappers.MAX_NESTING_DEPTH + " levels, the limit for sci4j's inputs";
        }
        if (message.contains("Number value length") || message.contains("number length")) {
            return "holds a number longer than " + JsonMappers.MAX_NUMBER_LENGTH + " characters, the limit";
        }
        String first = message.strip().lines().findFirst().orElse("");
        String text = NOISE.matcher(first).replaceAll("");
        text = QUALIFIED.matcher(text).replaceAll("$1");
        text = NO_CREATOR.matcher(text).replaceAll("expected an object here, got the $1 value $2");
        return text.isBlank() ? "is not valid" : text.strip();
    }
}
