package dev.sci4j.rules.duration;

/**
 * Text that is not a duration of {@link DurationGrammar}. The message is one sentence, {@code FIELD 'TEXT'
 * REASON}; callers that word their errors differently (the agent's configuration) use the accessors.
 */
public final class InvalidDurationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String text;
    private final String reason;

    InvalidDurationException(String field, String text, String reason) {
        super(text == null || text.isBlank() ? field + " " + reason : field + " '" + text + "' " + reason);
        this.field = field;
        this.text = text;
        this.reason = reason;
    }

    /** The input that was parsed, e.g. {@code --duration} or {@code interval}. */
    public String field() {
        return field;
    }

    /** The text given, or null. */
    public String text() {
        return text;
    }

    /** What is wrong, as the end of a sentence whose subject is the text, e.g. {@code is not a duration: …}. */
    public String reason() {
        return reason;
    }
}
