package dev.sci4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Without the agent the API is inert: nothing thrown, nothing allocated per scope, results unchanged. */
class FunctionalUnitsWithoutAgentTest {
    @FunctionalUnit("answer")
    static int annotated() {
        return 42;
    }

    @Test
    void everyCallIsANoOpAndTheApplicationRunsUnchanged() {
        FunctionalUnits.record("tokens", 128);
        int result;
        try (FunctionalUnits.Scope s = FunctionalUnits.scope("import")) {
            s.fail();
            result = annotated();
        }

        assertThat(result).isEqualTo(42);
        assertThat(FunctionalUnits.agentActive()).isFalse();
    }

    @Test
    void scopesShareOneInstanceSoOpeningOneAllocatesNothing() {
        try (FunctionalUnits.Scope a = FunctionalUnits.scope("a");
                FunctionalUnits.Scope b = FunctionalUnits.scope("b")) {
            assertThat(a).isSameAs(b);
        }
    }
}
