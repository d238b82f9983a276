package dev.sci4j.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class GpuSettingsTest {
    @Test
    void defaultsAreAutoProcessAllDevicesAndUnitsByCpuEnergy() throws Exception {
        GpuSettings g = AgentConfig.fromArgs("").gpu();

        assertThat(g.enabled()).isTrue();
        assertThat(g.library()).isNull();
        assertThat(g.policy()).isEqualTo(GpuSettings.Policy.PROCESS);
        assertThat(g.ownsDevice(7)).isTrue();
        assertThat(g.unitKind()).isNull();
    }

    @Test
    void keysComeFromArgumentsSystemPropertiesAndEnvironment() throws Exception {
        Properties sys = new Properties();
        sys.setProperty("sci4j.gpu.attribution", "device");
        GpuSettings g = AgentConfig.load(
                        "gpu.devices=0,2",
                        sys,
                        Map.of("SCI4J_GPU_LIBRARY", "/opt/nvml.so", "SCI4J_GPU_UNITS", "tokens"),
                        1)
                .gpu();

        assertThat(g.policy()).isEqualTo(GpuSettings.Policy.DEVICE);
        assertThat(g.ownsDevice(2)).isTrue();
        assertThat(g.ownsDevice(1)).isFalse();
        assertThat(g.library()).isEqualTo("/opt/nvml.so");
        assertThat(g.unitKind()).isEqualTo("tokens");
        assertThat(AgentConfig.fromArgs("gpu=off").gpu().enabled()).isFalse();
    }

    @Test
    void pidsNeedsIdsOrAPattern() throws Exception {
        assertThatThrownBy(() -> AgentConfig.fromArgs("gpu.attribution=pids"))
                .hasMessageContaining("'pids' needs 'gpu.pids'");
        assertThat(AgentConfig.fromArgs("gpu.attribution=pids;gpu.processes=python.*server")
                        .gpu()
                        .processes()
                        .pattern())
                .isEqualTo("python.*server");
        assertThat(AgentConfig.fromArgs("gpu.attribution=pids;gpu.pids=12,34")
                        .gpu()
                        .pids())
                .containsExactly(12L, 34L);
    }

    @Test
    void invalidValuesNameTheirKey() {
        assertThatThrownBy(() -> AgentConfig.fromArgs("gpu=maybe")).hasMessageContaining("'gpu'");
        assertThatThrownBy(() -> AgentConfig.fromArgs("gpu.attribution=share"))
                .hasMessageContaining("'gpu.attribution'");
        assertThatThrownBy(() -> AgentConfig.fromArgs("gpu.attribution=device;gpu.devices=x"))
                .hasMessageContaining("'gpu.devices'");
        assertThatThrownBy(() -> AgentConfig.fromArgs("gpu.attribution=pids;gpu.processes=("))
                .hasMessageContaining("'gpu.processes'");
        assertThatThrownBy(() -> AgentConfig.fromArgs("gpu.devices=0")).hasMessageContaining("only used with");
        assertThatThrownBy(() -> AgentConfig.fromArgs("gpu.pids=1")).hasMessageContaining("only used with");
    }
}
