package dev.sci4j.rules.id;

import java.util.Collections;
import java.util.List;

/**
 * Text that names none of an enum's ids. The message is one sentence naming the field, the text and the ids
 * accepted; callers that word their errors differently (the agent's configuration) use the accessors.
 */
public final class UnknownIdException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String text;
    private final List<String> accepted;

    UnknownIdException(String field, String text, List<String> accepted) {
        super(message(field, text, accepted));
        this.field = field;
        this.text = text;
        this.accepted = Collections.unmodifiableList(accepted);
    }

    private static String message(String field, String text, List<String> accepted) {
        String ids = String.join(", ", accepted);
        if (text == null || text.isBlank()) {
            return field + " is missing: give one of " + ids;
        }
        return field + " '" + text.trim() + "' is not known: give one of " + ids;
    }

    /** The input that was parsed, e.g. {@code energy.source}. */
    public String field() {
        return field;
    }

    /** The text given, or null. */
    public String text() {
        return text;
    }

    /** The ids that would have been accepted, in declaration order. */
    public List<String> accepted() {
        return accepted;
    }
}
