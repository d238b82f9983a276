package dev.sci4j.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sci4j.input.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {
    @ParameterizedTest
    @CsvSource({
        "3600s, 3600",
        "90min, 5400",
        "1h, 3600",
        "1.5h, 5400",
        "30d, 2592000",
        "4y, 126144000",
        "1w, 604800",
        "PT1H, 3600",
        "P30D, 2592000",
        "pt90m, 5400",
        "1 h, 3600",
    })
    void parsesTheWrittenForms(String text, long seconds) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @CsvSource({"250ms, 250", "0.5s, 500"})
    void keepsSubSecondPrecision(String text, long millis) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "10", "1m", "5 fortnights", "-1h", "h", "PT-1H", "P", "1.2.3h"})
    void rejectsAmbiguousNegativeOrUnknownDurations(String text) {
        assertThatThrownBy(() -> Durations.parse(text, "--duration"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("--duration");
    }
}
