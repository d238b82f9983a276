package dev.sci4j.agent.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessIdTest {
    @Test
    void isTheJdksPid() {
        assertThat(ProcessId.current()).isEqualTo(ProcessHandle.current().pid());
    }
}
