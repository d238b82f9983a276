package dev.sci4j.rules.duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationGrammarTest {
    @ParameterizedTest
    @CsvSource({
        "250ms,250",
        "1s,1000",
        "1.5s,1500",
        "2 sec,2000",
        "90min,5400000",
        "1h,3600000",
        "PT1S,1000",
        "pt0.2s,200",
        "P1D,86400000",
        "2w,1209600000"
    })
    void readsShortAndIsoForms(String text, long millis) {
        assertThat(DurationGrammar.parse(text, "interval")).isEqualTo(Duration.ofMillis(millis));
    }

    @Test
    void aYearIs365Days() {
        assertThat(DurationGrammar.parse("4y", "lifespan")).isEqualTo(Duration.ofDays(4 * 365));
    }

    @Test
    void mIsRefusedAsAmbiguousAndSaysToWriteMin() {
        assertThatThrownBy(() -> DurationGrammar.parse("2m", "interval"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interval '2m' is ambiguous")
                .hasMessageContaining("2min");
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "5", "-1s", "1 lightyear"})
    void otherTextIsNotADurationAndTheMessageListsTheUnits(String text) {
        assertThatThrownBy(() -> DurationGrammar.parse(text, "--duration"))
                .hasMessageContaining("--duration '" + text + "' is not a duration")
                .hasMessageContaining(DurationGrammar.UNITS);
    }

    @Test
    void negativeIsoIsRefused() {
        assertThatThrownBy(() -> DurationGrammar.parse("PT-1S", "--window"))
                .hasMessageContaining("--window 'PT-1S' is negative");
    }

    @Test
    void finerThanANanosecondIsRefused() {
        assertThatThrownBy(() -> DurationGrammar.parse("0.0000000001s", "x")).hasMessageContaining("nanosecond");
    }

    @Test
    void missingTextNamesTheField() {
        assertThatThrownBy(() -> DurationGrammar.parse(" ", "--duration")).hasMessage("--duration is missing");
    }
}
