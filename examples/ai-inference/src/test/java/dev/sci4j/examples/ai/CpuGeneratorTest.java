package dev.sci4j.examples.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class CpuGeneratorTest {
    private final CpuGenerator model = new CpuGenerator(ModelWeights.generate(64));

    @Test
    void generatesExactlyTheTokensAskedForWithinTheVocabulary() {
        int[] out = model.generate(CharTokenizer.encode("prompt"), 100);
        assertThat(out).hasSize(100);
        assertThat(java.util.Arrays.stream(out).allMatch(id -> id >= 0 && id < CharTokenizer.VOCABULARY))
                .isTrue();
    }

    @Test
    void isDeterministicAcrossCallsAndThreads() {
        int[] first = model.generate(CharTokenizer.encode("same prompt"), 50);
        int[] other = CompletableFuture.supplyAsync(() -> model.generate(CharTokenizer.encode("same prompt"), 50))
                .join();
        assertThat(other).isEqualTo(first);
    }

    @Test
    void theOutputDependsOnThePromptAndDoesNotSettleOnOneToken() {
        int[] a = model.generate(CharTokenizer.encode("one"), 40);
        int[] b = model.generate(CharTokenizer.encode("two"), 40);
        assertThat(a).isNotEqualTo(b);
        assertThat(java.util.Arrays.stream(a).distinct().count()).isGreaterThan(5);
    }

    @Test
    void theDefaultModelCostsAQuarterMillionMultiplyAddsPerToken() {
        // 512² + 95 × 512: about 0.1–1 ms of one core per token, the scale the example is sized for.
        assertThat(ModelWeights.generate(InferenceServer.DEFAULT_HIDDEN).macsPerToken())
                .isEqualTo(512L * 512 + 95L * 512);
    }
}
