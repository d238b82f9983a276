package dev.sci4j.agent.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.bytebuddy.agent.builder.AgentBuilder;
import org.junit.jupiter.api.Test;

class LeanAgentBuilderTest {
    @Test
    void sameBuilderAsTheDefaultWithNoOpInitialisation() throws Exception {
        // lean(), not create(): a changed constructor must fail here rather than silently fall back
        assertEquals(new AgentBuilder.Default().with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE),
                LeanAgentBuilder.lean());
    }
}
