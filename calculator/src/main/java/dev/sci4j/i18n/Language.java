package dev.sci4j.i18n;

import dev.sci4j.input.Labelled;
import java.util.Locale;

/** The languages sci4j writes for people: Traditional Chinese as used in Taiwan, and English. Immutable. */
public enum Language implements Labelled {
    ZH_TW("zh-TW", Locale.TAIWAN),
    EN("en", Locale.ENGLISH);

    private final String id;
    private final Locale locale;

    Language(String id, Locale locale) {
        this.id = id;
        this.locale = locale;
    }

    /** The BCP 47 tag, as written in an HTML {@code lang} attribute. */
    @Override
    public String id() {
        return id;
    }

    public Locale locale() {
        return locale;
    }

    /** Reads {@code zh-TW} or {@code en} (case-insensitive); {@code what} names the input in the error. */
    public static Language parse(String text, String what) {
        // Labelled normalises to lower case, so the ids are compared in that form.
        for (Language l : values()) {
            if (text != null && l.id.equalsIgnoreCase(text.trim().replace('_', '-'))) {
                return l;
            }
        }
        throw Labelled.unknown(Language.class, text, what);
    }
}
