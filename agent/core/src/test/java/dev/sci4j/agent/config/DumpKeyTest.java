package dev.sci4j.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The {@code dump} key: where rewritten class files go, off by default. */
class DumpKeyTest {
    @Test
    void dumpIsOffByDefault() throws ConfigException {
        assertThat(AgentConfig.fromArgs(null).dump()).isNull();
    }

    @Test
    void dumpIsADirectoryFromTheArgumentsOrTheSystemProperty() throws ConfigException {
        Properties properties = new Properties();
        properties.setProperty("sci4j.dump", "/tmp/classes");

        assertThat(AgentConfig.fromArgs("dump=out/classes").dump()).isEqualTo(Path.of("out/classes"));
        assertThat(AgentConfig.load(null, properties, Map.of(), 1).dump()).isEqualTo(Path.of("/tmp/classes"));
        assertThat(ConfigKey.DUMP.systemProperty()).isEqualTo("sci4j.dump");
    }

    @Test
    void anEmptyDumpIsAnError() {
        assertThatThrownBy(() -> AgentConfig.fromArgs("dump= "))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'dump'");
    }
}
