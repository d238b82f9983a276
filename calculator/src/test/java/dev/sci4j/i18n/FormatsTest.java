package dev.sci4j.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void zhTwShowsTheRocYearBesideTheGregorian() {
        Formats zh = Formats.of(Language.ZH_TW);
        assertThat(zh.year(2026)).isEqualTo("民國115年（2026）");
        assertThat(zh.date(Instant.parse("2026-11-22T20:00:00Z"))).isEqualTo("民國115年11月23日（2026年）");
        assertThat(Formats.of(Language.EN).date(Instant.parse("2026-11-22T20:00:00Z")))
                .isEqualTo("22 November 2026 (UTC)");
    }

    @Test
    void numbersAreRoundedForReadingWithGrouping() {
        assertThat(Formats.of(Language.EN).number(0.0000264123)).isEqualTo("0.00002641");
        assertThat(Formats.of(Language.ZH_TW).number(12345.6)).isEqualTo("12,350");
        assertThat(Formats.of(Language.EN).number(494)).isEqualTo("494");
    }

    @Test
    void bothLanguagesHaveEveryMessage() throws Exception {
        Properties en = new Properties();
        Properties zh = new Properties();
        try (var a = getClass().getResourceAsStream("/dev/sci4j/i18n/messages.properties");
                var b = getClass().getResourceAsStream("/dev/sci4j/i18n/messages_zh_TW.properties")) {
            en.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            zh.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(new HashSet<>(zh.keySet())).isEqualTo(new HashSet<>(en.keySet()));
        assertThat(Messages.of(Language.ZH_TW).get("check.functionalUnit", "record", "request"))
                .contains("「record」");
    }
}
