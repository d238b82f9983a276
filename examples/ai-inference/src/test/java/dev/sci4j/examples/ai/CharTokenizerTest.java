package dev.sci4j.examples.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CharTokenizerTest {
    @Test
    void printableAsciiRoundTripsOneTokenPerCharacter() {
        String text = "Hello, SCI = (E*I + M) / R ~";
        int[] ids = CharTokenizer.encode(text);
        assertThat(ids).hasSize(text.length());
        assertThat(CharTokenizer.decode(ids)).isEqualTo(text);
    }

    @Test
    void anyOtherCharacterIsOneQuestionMarkToken() {
        assertThat(CharTokenizer.decode(CharTokenizer.encode("碳\n"))).isEqualTo("??");
    }

    @Test
    void decodingRefusesIdsOutsideTheVocabulary() {
        assertThatThrownBy(() -> CharTokenizer.decode(new int[] {CharTokenizer.VOCABULARY}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("95");
    }
}
