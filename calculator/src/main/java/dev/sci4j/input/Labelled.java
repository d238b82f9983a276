package dev.sci4j.input;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enum constant that users write by a short id (e.g. {@code marginal-short-run}, {@code spline}). The
 * static helpers give every such enum the same parsing: case-insensitive, with underscores and spaces read
 * as hyphens, and an error that lists the ids when the text is unknown.
 */
public interface Labelled {
    /** The id users write and outputs print. */
    String id();

    /** The constant whose id matches {@code text}, if any. */
    static <E extends Enum<E> & Labelled> Optional<E> find(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = normalise(text);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.id().equals(key)).findFirst();
    }

    /** The constant whose id matches {@code text}; {@code what} names the input in the error. */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String text, String what) {
        return find(type, text).orElseThrow(() -> unknown(type, text, what));
    }

    /** The error for text that names no constant: it lists the ids that would. */
    static <E extends Enum<E> & Labelled> InvalidInputException unknown(Class<E> type, String text, String what) {
        String ids = Arrays.stream(type.getEnumConstants()).map(Labelled::id).collect(Collectors.joining(", "));
        if (text == null || text.isBlank()) {
            return new InvalidInputException(what + " is missing: give one of " + ids);
        }
        return new InvalidInputException(what + " '" + text.trim() + "' is not known: give one of " + ids);
    }

    static String normalise(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    }
}
