package dev.sci4j.input;

import dev.sci4j.rules.id.Identified;
import dev.sci4j.rules.id.Ids;
import dev.sci4j.rules.id.UnknownIdException;
import java.util.Optional;

/**
 * An enum constant that users write by a short id (e.g. {@code marginal-short-run}, {@code spline}). The
 * static helpers read ids the one way sci4j reads them everywhere ({@link Ids}: case-insensitive, with
 * underscores and spaces read as hyphens) and report unknown text as an {@link InvalidInputException} that
 * lists the ids.
 */
public interface Labelled extends Identified {
    /** The constant whose id matches {@code text}, if any. */
    static <E extends Enum<E> & Labelled> Optional<E> find(Class<E> type, String text) {
        return Ids.find(type, text);
    }

    /** The constant whose id matches {@code text}; {@code what} names the input in the error. */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String text, String what) {
        try {
            return Ids.parse(type, text, what);
        } catch (UnknownIdException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    /** The error for text that names no constant: it lists the ids that would. */
    static <E extends Enum<E> & Labelled> InvalidInputException unknown(Class<E> type, String text, String what) {
        UnknownIdException e = Ids.unknown(type, text, what);
        return new InvalidInputException(e.getMessage(), e);
    }

    static String normalise(String text) {
        return Ids.normalise(text);
    }
}
