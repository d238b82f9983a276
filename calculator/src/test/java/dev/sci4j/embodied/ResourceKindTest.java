package dev.sci4j.embodied;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sci4j.input.InvalidInputException;
import org.junit.jupiter.api.Test;

class ResourceKindTest {
    @Test
    void parsesEveryLabelIgnoringCase() {
        assertThat(ResourceKind.parse("vcpu")).isEqualTo(ResourceKind.VCPU);
        assertThat(ResourceKind.parse("Core")).isEqualTo(ResourceKind.CORE);
        assertThat(ResourceKind.parse(" MEMORY-GB ")).isEqualTo(ResourceKind.MEMORY_GB);
    }

    @Test
    void unknownKindIsRejectedListingTheChoices() {
        assertThatThrownBy(() -> ResourceKind.parse("gpu"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("resource kind 'gpu'")
                .hasMessageContaining("vcpu, core, memory-gb");
    }
}
