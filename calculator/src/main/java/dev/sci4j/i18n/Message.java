package dev.sci4j.i18n;

import java.util.List;

/**
 * A message to show a person, by key and arguments, rendered in a language by {@link Messages}. Arguments are
 * already-formatted text (numbers formatted for the language by the caller). Immutable and thread-safe.
 */
public record Message(String key, List<String> args) {
    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(
                key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
