package dev.sci4j.examples.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CompletionRequestTest {
    @Test
    void readsPromptAndMaxTokensIgnoringOtherOptions() {
        CompletionRequest r = CompletionRequest.parse(
                "{ \"model\": \"x\", \"prompt\": \"say \\\"hi\\\"\\n\\u0041\", \"max_tokens\": 12, \"stream\": false }");
        assertThat(r.prompt()).isEqualTo("say \"hi\"\nA");
        assertThat(r.maxTokens()).isEqualTo(12);
    }

    @Test
    void maxTokensDefaultsWhenAbsent() {
        assertThat(CompletionRequest.parse("{\"prompt\":\"\"}").maxTokens())
                .isEqualTo(CompletionRequest.DEFAULT_MAX_TOKENS);
    }

    @Test
    void refusesAMissingOrNonStringPrompt() {
        assertThatThrownBy(() -> CompletionRequest.parse("{\"max_tokens\":3}")).hasMessageContaining("prompt");
        assertThatThrownBy(() -> CompletionRequest.parse("{\"prompt\":3}")).hasMessageContaining("prompt");
    }

    @Test
    void refusesMaxTokensThatAreNotAnIntegerInRange() {
        assertThatThrownBy(() -> CompletionRequest.parse("{\"prompt\":\"a\",\"max_tokens\":1.5}"))
                .hasMessageContaining("integer");
        assertThatThrownBy(() -> CompletionRequest.parse("{\"prompt\":\"a\",\"max_tokens\":0}"))
                .hasMessageContaining("1 to 1024");
        assertThatThrownBy(() -> CompletionRequest.parse("{\"prompt\":\"a\",\"max_tokens\":1e12}"))
                .hasMessageContaining("1 to 1024");
    }

    @Test
    void refusesWhatIsNotOneFlatObject() {
        assertThatThrownBy(() -> CompletionRequest.parse("{\"prompt\":\"a\"} x"))
                .hasMessageContaining("trailing");
        assertThatThrownBy(() -> CompletionRequest.parse("{\"prompt\":\"a\",\"prompt\":\"b\"}"))
                .hasMessageContaining("duplicate");
        assertThatThrownBy(() -> CompletionRequest.parse("{\"prompt\":{\"a\":1}}"))
                .hasMessageContaining("string, number");
        assertThatThrownBy(() -> CompletionRequest.parse("{\"prompt\":\"a")).hasMessageContaining("unterminated");
    }

    @Test
    void refusesAnOverlongPrompt() {
        String prompt = "x".repeat(CompletionRequest.MAX_PROMPT_CHARS + 1);
        assertThatThrownBy(() -> new CompletionRequest(prompt, 1)).hasMessageContaining("4096");
    }
}
