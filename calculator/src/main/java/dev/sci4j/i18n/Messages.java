package dev.sci4j.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The zh-TW and en texts of sci4j's procurement outputs ({@code dev/sci4j/i18n/messages*.properties}, UTF-8).
 * A missing key is a bug, so it fails loudly. Immutable and thread-safe.
 */
public final class Messages {
    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(
                "dev.sci4j.i18n.messages",
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Language language) {
        return new Messages(language);
    }

    public Language language() {
        return language;
    }

    /** The text for {@code key} with {@code args} put in ({@link MessageFormat} patterns). */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no " + language.id() + " text for message key " + key, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        String[] text = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, language.locale()).format(text);
    }

    public String render(Message m) {
        return get(m.key(), m.args().toArray());
    }
}
