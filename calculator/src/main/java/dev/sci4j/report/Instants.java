package dev.sci4j.report;

import dev.sci4j.input.InvalidInputException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Report times are ISO-8601 instants written as text, e.g. {@code 2026-11-23T01:00:00Z}. Stateless. */
final class Instants {
    private Instants() {}

    static String check(String text, String field) {
        try {
            Instant.parse(text);
            return text;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    field + " '" + text + "' is not an ISO-8601 instant such as 2026-11-23T01:00:00Z");
        }
    }
}
