package dev.sci4j.agent.config;

import dev.sci4j.measurement.Attribution;
import dev.sci4j.measurement.IdlePolicy;
import dev.sci4j.rules.power.CcfCoefficients;
import java.util.Locale;

/**
 * Every configuration key the agent knows, with its default ({@code null} = unset). The same key is spelled
 * {@code key} in agent arguments and the properties file, {@code sci4j.key} as a system property and
 * {@code SCI4J_KEY} (upper case, {@code .} and {@code -} → {@code _}) as an environment variable. The model's
 * defaults are the shared coefficients of {@link CcfCoefficients}; durations follow the shared grammar
 * ({@code dev.sci4j.rules.duration.DurationGrammar}: {@code 500ms}, {@code 2min}, never {@code 2m}).
 */
public enum ConfigKey {
    CONFIG("config", null),
    INTERVAL("interval", "1s"),
    OUTPUT("output", null),
    OUTPUT_WRITE_INTERVALS("output.write.intervals", "10"),
    SAMPLES_MAX("samples.max", "600"),
    PROMETHEUS_PORT("prometheus.port", null),
    PROMETHEUS_HOST("prometheus.host", "127.0.0.1"),
    ENERGY_SOURCE("energy.source", AgentConfig.AUTO),
    HOST_FILE("host.file", null),
    HOST_FILE_UNIT("host.file.unit", "watts"),
    CONSTANT_WATTS("constant.watts", null),
    TDP_WATTS("tdp.watts", null),
    VCPU_MIN_WATTS("vcpu.min.watts", String.valueOf(CcfCoefficients.UNKNOWN_CPU_MIN_WATTS_PER_VCPU)),
    VCPU_MAX_WATTS("vcpu.max.watts", String.valueOf(CcfCoefficients.UNKNOWN_CPU_MAX_WATTS_PER_VCPU)),
    MEMORY_WATTS_PER_GB("memory.watts.per.gb", String.valueOf(CcfCoefficients.MEMORY_WATTS_PER_GIGABYTE)),
    CPU_MODEL("cpu.model", null),
    CPU_LOGICAL_CORES("cpu.logical.cores", null),
    IDLE_POLICY("idle.policy", IdlePolicy.NONE.id()),
    RESERVED_CORES("reserved.cores", null),
    POWERCAP_ROOT("powercap.root", "/sys/class/powercap"),
    DUMP("dump", null),
    UNITS("units", null),
    UNITS_NESTED("units.nested", null),
    UNITS_HTTP("units.http", "true"),
    UNITS_CPU_SAMPLING("units.cpu.sampling", Attribution.ADAPTIVE),
    GPU("gpu", AgentConfig.AUTO),
    GPU_LIBRARY("gpu.library", null),
    GPU_ATTRIBUTION("gpu.attribution", "process"),
    GPU_DEVICES("gpu.devices", null),
    GPU_PIDS("gpu.pids", null),
    GPU_PROCESSES("gpu.processes", null),
    GPU_UNITS("gpu.units", null);

    private final String key;
    private final String defaultValue;

    ConfigKey(String key, String defaultValue) {
        this.key = key;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    /** The default, or {@code null} when the key is unset by default. */
    public String defaultValue() {
        return defaultValue;
    }

    public String systemProperty() {
        return "sci4j." + key;
    }

    public String environmentVariable() {
        return "SCI4J_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The key spelled {@code name}, or {@code null}. */
    public static ConfigKey byName(String name) {
        for (ConfigKey k : values()) {
            if (k.key.equals(name)) {
                return k;
            }
        }
        return null;
    }
}
