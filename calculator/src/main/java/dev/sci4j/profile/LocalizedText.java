package dev.sci4j.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.sci4j.i18n.Language;

/**
 * A text given in both languages officers and vendors read: {@code {"zh-TW": "…", "en": "…"}}. Both are
 * required so that no reader meets a half-translated profile. Immutable and thread-safe.
 */
public record LocalizedText(
        @JsonProperty("zh-TW") String zhTw,
        @JsonProperty("en") String en) {
    public LocalizedText {
        if (zhTw == null || zhTw.isBlank()) {
            throw new IllegalArgumentException("the zh-TW text is missing");
        }
        if (en == null || en.isBlank()) {
            throw new IllegalArgumentException("the en text is missing");
        }
    }

    public String in(Language language) {
        return language == Language.ZH_TW ? zhTw : en;
    }
}
