package dev.sci4j.agent.config;

import dev.sci4j.rules.duration.DurationGrammar;
import dev.sci4j.rules.duration.InvalidDurationException;
import dev.sci4j.rules.id.Identified;
import dev.sci4j.rules.id.Ids;
import dev.sci4j.rules.id.UnknownIdException;
import java.time.Duration;
import java.util.Optional;

/** Parsers for configuration values; each failure names the key and the value. */
final class Values {
    private Values() {}

    /** A duration in the grammar shared with the calculator ({@link DurationGrammar}): {@code 500ms}, {@code 2min}, {@code PT1S}. */
    static Duration duration(ConfigKey key, String value) throws ConfigException {
        try {
            return DurationGrammar.parse(value, key.key());
        } catch (InvalidDurationException e) {
            throw new ConfigException("invalid value for '" + key.key() + "': '" + value + "' " + e.reason());
        }
    }

    static double number(ConfigKey key, String value, double min, double max) throws ConfigException {
        try {
            double d = Double.parseDouble(ascii(value.trim()));
            if (Double.isFinite(d) && d >= min && d <= max) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ConfigException.invalid(key.key(), value, "a number from " + plain(min) + " to " + plain(max));
    }

    static int integer(ConfigKey key, String value, int min, int max) throws ConfigException {
        try {
            int i = Integer.parseInt(ascii(value.trim()));
            if (i >= min && i <= max) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ConfigException.invalid(key.key(), value, "a whole number from " + min + " to " + max);
    }

    /** The constant of {@code type} whose id is {@code value} ({@link Ids}); the error lists the ids. */
    static <E extends Enum<E> & Identified> E choice(ConfigKey key, String value, Class<E> type)
            throws ConfigException {
        try {
            return Ids.parse(type, value, key.key());
        } catch (UnknownIdException e) {
            throw invalidId(key, value, e);
        }
    }

    /** Like {@link #choice}, where {@code noneId} (e.g. {@code auto}) reads as empty. */
    static <E extends Enum<E> & Identified> Optional<E> optionalChoice(
            ConfigKey key, String value, Class<E> type, String noneId) throws ConfigException {
        try {
            return Ids.parseOptional(type, value, key.key(), noneId);
        } catch (UnknownIdException e) {
            throw invalidId(key, value, e);
        }
    }

    private static ConfigException invalidId(ConfigKey key, String value, UnknownIdException e) {
        return ConfigException.invalid(key.key(), value, Ids.describe(e.accepted()));
    }

    /**
     * {@code text} if it is written in plain ASCII decimal; otherwise text that no parser accepts. Java's parsers
     * also read other scripts' digits ({@code ١} as 1), hexadecimal floats and a trailing {@code d}: not a
     * figure anybody types into a configuration.
     */
    private static String ascii(String text) {
        return text.matches("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?") ? text : "not a number";
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
