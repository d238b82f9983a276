package dev.sci4j.rules.id;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way ids of {@link Identified} enums are read: case-insensitive, blanks around ignored, underscores
 * and spaces read as hyphens; unknown text is an {@link UnknownIdException} that names the field and lists the
 * ids accepted. Stateless and thread-safe.
 */
public final class Ids {
    private Ids() {}

    /** The constant whose id matches {@code text}, if any; null text matches nothing. */
    public static <E extends Enum<E> & Identified> Optional<E> find(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = normalise(text);
        for (E e : type.getEnumConstants()) {
            if (e.id().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * The constant whose id matches {@code text}.
     *
     * @param field names the input in the error, e.g. {@code --interpolation} or {@code energySource.kind}
     * @throws UnknownIdException when no id matches (or the text is null or blank)
     */
    public static <E extends Enum<E> & Identified> E parse(Class<E> type, String text, String field) {
        // No lambda: this runs on the agent's start-up path, where every bootstrapped call site costs.
        Optional<E> found = find(type, text);
        if (found.isPresent()) {
            return found.get();
        }
        throw unknown(type, text, field);
    }

    /** The error for {@code text} that names none of {@code type}'s ids, for callers that match ids themselves. */
    public static <E extends Enum<E> & Identified> UnknownIdException unknown(
            Class<E> type, String text, String field) {
        return new UnknownIdException(field, text, ids(type));
    }

    /**
     * Like {@link #parse} where one more id, {@code noneId} (e.g. {@code auto}), stands for "no constant":
     * then the result is empty. The error lists {@code noneId} first among the ids accepted.
     */
    public static <E extends Enum<E> & Identified> Optional<E> parseOptional(
            Class<E> type, String text, String field, String noneId) {
        if (text != null && normalise(text).equals(noneId)) {
            return Optional.empty();
        }
        Optional<E> found = find(type, text);
        if (found.isEmpty()) {
            List<String> accepted = new ArrayList<>();
            accepted.add(noneId);
            accepted.addAll(ids(type));
            throw new UnknownIdException(field, text, accepted);
        }
        return found;
    }

    /** The ids of {@code type} in declaration order. */
    public static <E extends Enum<E> & Identified> List<String> ids(Class<E> type) {
        List<String> ids = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            ids.add(e.id());
        }
        return ids;
    }

    /** The ids of {@code type} for a sentence: {@code a, b or c}. */
    public static <E extends Enum<E> & Identified> String describe(Class<E> type) {
        return describe(ids(type));
    }

    /** {@code a, b or c}. */
    public static String describe(List<String> ids) {
        if (ids.size() <= 1) {
            return String.join("", ids);
        }
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
    }

    /** The form ids are compared in: trimmed, lower case, {@code _} and blanks as {@code -}. */
    public static String normalise(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    }
}
