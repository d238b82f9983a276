package dev.sci4j.grid;

import dev.sci4j.input.InvalidInputException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads timestamps from files. ISO-8601 with an offset or Z is required, because a local time could be any
 * of 24+ instants; a timestamp without an offset is taken as UTC only when the column header says UTC.
 * Stateless.
 */
final class Timestamps {
    private Timestamps() {}

    /**
     * Times as nanoseconds since 1970 (how intervals are aligned) fit a long until 2262: later (or before 1970)
     * is no grid or energy reading, so it is refused rather than overflowing.
     */
    static final Instant EARLIEST = Instant.EPOCH;

    static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    static Instant parse(String text, boolean headerSaysUtc, Path file, long line, String field) {
        Instant at = parseAnyYear(text, headerSaysUtc, file, line, field);
        if (at.isBefore(EARLIEST) || !at.isBefore(LATEST)) {
            throw InvalidInputException.inFile(
                    file, line, field, "'" + text.trim() + "' is outside the years 1970 to 2199 that sci4j reads");
        }
        return at;
    }

    private static Instant parseAnyYear(String text, boolean headerSaysUtc, Path file, long line, String field) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw InvalidInputException.inFile(file, line, field, "is empty: a timestamp is required");
        }
        // Exports often write "2024-01-01 00:00:00"; ISO-8601 wants the T.
        String iso = trimmed.length() > 10 && trimmed.charAt(10) == ' '
                ? trimmed.substring(0, 10) + 'T' + trimmed.substring(11)
                : trimmed;
        try {
            return OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException withOffset) {
            LocalDateTime local;
            try {
                local = LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            } catch (DateTimeParseException withoutOffset) {
                throw InvalidInputException.inFile(
                        file,
                        line,
                        field,
                        "'" + trimmed + "' is not an ISO-8601 timestamp such as 2024-01-01T00:00:00Z");
            }
            if (!headerSaysUtc) {
                throw InvalidInputException.inFile(
                        file,
                        line,
                        field,
                        "'" + trimmed + "' has no time zone:"
                                + " add an offset such as Z or +08:00, or say UTC in the column header, e.g. 'Datetime (UTC)'");
            }
            return local.toInstant(ZoneOffset.UTC);
        }
    }
}
