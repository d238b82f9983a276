package dev.sci4j.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sci4j.measurement.EnergySourceKind;
import dev.sci4j.measurement.IdlePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentConfigTest {
    @TempDir
    Path dir;

    @Test
    void defaultsApplyWhenNothingIsSet() throws Exception {
        AgentConfig c = AgentConfig.load(null, new Properties(), Map.of(), 42);

        assertThat(c.interval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(c.output()).isEqualTo(Path.of("sci4j-measurement-42.json"));
        assertThat(c.prometheusPort()).isEmpty();
        assertThat(c.prometheusHost()).isEqualTo("127.0.0.1");
        assertThat(c.energySource()).isEmpty();
        assertThat(c.vcpuMinWatts()).isEqualTo(0.74);
        assertThat(c.vcpuMaxWatts()).isEqualTo(3.5);
        assertThat(c.memoryWattsPerGb()).isEqualTo(0.392);
        assertThat(c.idlePolicy()).isEqualTo(IdlePolicy.NONE);
        assertThat(c.powercapRoot()).isEqualTo(Path.of("/sys/class/powercap"));
    }

    @Test
    void byDefaultAKillLosesAtMostTenSecondsOfData() throws Exception {
        AgentConfig c = AgentConfig.load(null, new Properties(), Map.of(), 42);

        assertThat(c.interval().multipliedBy(c.outputWriteIntervals())).isLessThanOrEqualTo(Duration.ofSeconds(10));
    }

    @ParameterizedTest
    @CsvSource({"500ms,500", "1s,1000", "PT1S,1000", "1.5s,1500", "2min,120000", "pt0.2s,200"})
    void intervalAcceptsShortAndIsoForms(String text, long millis) throws Exception {
        assertThat(AgentConfig.fromArgs("interval=" + text).interval()).isEqualTo(Duration.ofMillis(millis));
    }

    @Test
    void energySourceIsAKindOrAuto() throws Exception {
        assertThat(AgentConfig.fromArgs("energy.source=model").energySource()).contains(EnergySourceKind.MODEL);
        assertThat(AgentConfig.fromArgs("energy.source=AUTO").energySource()).isEmpty();
        assertThat(AgentConfig.fromArgs("energy.source=HOST_FILE;host.file=/h").energySource())
                .contains(EnergySourceKind.HOST_FILE);
        assertThatThrownBy(() -> AgentConfig.fromArgs("energy.source=magic"))
                .hasMessageContaining("(expected auto, rapl, host-file, model or constant)");
    }

    @Test
    void precedenceIsArgsThenPropertiesThenEnvThenFileThenDefaults() throws Exception {
        Path file = Files.writeString(
                dir.resolve("sci4j.properties"),
                "interval=4s\nprometheus.port=9004\nprometheus.host=0.0.0.0\nsamples.max=44\n");
        Properties props = new Properties();
        props.setProperty("sci4j.interval", "2s");
        props.setProperty("sci4j.prometheus.port", "9002");
        Map<String, String> env = Map.of(
                "SCI4J_INTERVAL",
                "3s",
                "SCI4J_PROMETHEUS_PORT",
                "9003",
                "SCI4J_PROMETHEUS_HOST",
                "10.0.0.3",
                "SCI4J_CONFIG",
                file.toString());

        AgentConfig c = AgentConfig.load("interval=1s", props, env, 1);

        assertThat(c.interval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(c.prometheusPort()).hasValue(9002);
        assertThat(c.prometheusHost()).isEqualTo("10.0.0.3");
        assertThat(c.samplesMax()).isEqualTo(44);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "interval=soon|'interval': 'soon'",
                "interval=1ms|'interval': '1ms'",
                "interval=2m|'interval': '2m' is ambiguous (m could be minutes or months): write minutes as min",
                "interval=20min|a duration from 10ms to 10min",
                "prometheus.port=99999|'prometheus.port': '99999'",
                "energy.source=magic|'energy.source': 'magic'",
                "vcpu.min.watts=-1|'vcpu.min.watts': '-1'",
                "idle.policy=all|'idle.policy': 'all'",
                "idle.policy=reserved-cores|needs 'reserved.cores'",
                "energy.source=host-file|needs 'host.file'",
                "energy.source=constant|needs 'constant.watts'",
                "colour=blue|unknown agent argument 'colour'",
                "interval|invalid agent argument 'interval'"
            })
    void invalidValuesAreNamedWithTheirKey(String args, String expected) {
        assertThatThrownBy(() -> AgentConfig.fromArgs(args))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void unreadableConfigFileIsAnError() {
        assertThatThrownBy(() -> AgentConfig.fromArgs("config=" + dir.resolve("missing.properties")))
                .hasMessageContaining("'config'");
    }

    @Test
    void effectiveConfigurationIsRecorded() throws Exception {
        AgentConfig c = AgentConfig.fromArgs("interval=200ms;output=m.json");

        assertThat(c.effective())
                .containsEntry("interval", "200ms")
                .containsEntry("output", "m.json")
                .containsEntry("energy.source", "auto");
    }

    @Test
    void environmentNamesAreUpperCaseWithUnderscores() {
        assertThat(ConfigKey.MEMORY_WATTS_PER_GB.environmentVariable()).isEqualTo("SCI4J_MEMORY_WATTS_PER_GB");
        assertThat(ConfigKey.PROMETHEUS_PORT.systemProperty()).isEqualTo("sci4j.prometheus.port");
    }

    @Test
    void anOutputThatIsADirectoryOrAFifoIsRefusedWithOneSentence() throws Exception {
        Path directory = Files.createDirectory(dir.resolve("out"));
        assertThatThrownBy(() -> AgentConfig.fromArgs("output=" + directory))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'output'")
                .hasMessageContaining("is a directory")
                // the path once: AtomicFiles names it, the configuration error does not quote it again
                .satisfies(e -> assertThat(
                                e.getMessage().split(java.util.regex.Pattern.quote(directory.toString()), -1))
                        .hasSize(2));
        Path fifo = dir.resolve("pipe");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            assertThatThrownBy(() -> AgentConfig.fromArgs("output=" + fifo))
                    .hasMessageContaining("not a regular file")
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void numbersAreReadWithAsciiDigitsOnly() {
        assertThatThrownBy(() -> AgentConfig.fromArgs("output.write.intervals=\u0661"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("output.write.intervals");
        assertThatThrownBy(() -> AgentConfig.fromArgs("tdp.watts=1e2d")).isInstanceOf(ConfigException.class);
    }
}
