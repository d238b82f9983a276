package dev.sci4j.agent.config;

import dev.sci4j.measurement.AtomicFiles;
import dev.sci4j.measurement.Attribution;
import dev.sci4j.measurement.EnergySourceKind;
import dev.sci4j.measurement.IdlePolicy;
import dev.sci4j.rules.id.Identified;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The agent's validated configuration. Build it with {@link #load(String, Properties, Map, long)}; see
 * {@link RawConfig} for precedence and {@link ConfigKey} for keys and defaults. Immutable and thread-safe.
 */
public final class AgentConfig {
    /** {@code energy.source}'s spelling for "no choice": try every source in order. */
    public static final String AUTO = "auto";

    /** What the host file contains. */
    public enum HostFileUnit implements Identified {
        WATTS("watts"),
        JOULES("joules");

        private final String id;

        HostFileUnit(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    static final Duration MIN_INTERVAL = Duration.ofMillis(10);
    /** RAPL counters wrap every ~20 min at 200 W; stay far inside that. */
    static final Duration MAX_INTERVAL = Duration.ofMinutes(10);

    private final Duration interval;
    private final Path output;
    private final int outputWriteIntervals;
    private final int samplesMax;
    private final Integer prometheusPort;
    private final String prometheusHost;
    private final Optional<EnergySourceKind> energySource;
    private final Path hostFile;
    private final HostFileUnit hostFileUnit;
    private final Double constantWatts;
    private final Double tdpWatts;
    private final double vcpuMinWatts;
    private final double vcpuMaxWatts;
    private final double memoryWattsPerGb;
    private final String cpuModel;
    private final Integer cpuLogicalCores;
    private final IdlePolicy idlePolicy;
    private final double reservedCores;
    private final Path powercapRoot;
    private final Path dump;
    private final String units;
    private final String unitsNested;
    private final boolean unitsHttp;
    private final boolean unitsCpuSampled;
    private final GpuSettings gpu;
    private final Map<String, String> effective;

    private AgentConfig(Map<ConfigKey, String> v, long pid) throws ConfigException {
        interval = Values.duration(ConfigKey.INTERVAL, v.get(ConfigKey.INTERVAL));
        if (interval.compareTo(MIN_INTERVAL) < 0 || interval.compareTo(MAX_INTERVAL) > 0) {
            throw ConfigException.invalid("interval", v.get(ConfigKey.INTERVAL), "a duration from 10ms to 10min");
        }
        output = outputFile(v.getOrDefault(ConfigKey.OUTPUT, "sci4j-measurement-" + pid + ".json"));
        outputWriteIntervals =
                Values.integer(ConfigKey.OUTPUT_WRITE_INTERVALS, v.get(ConfigKey.OUTPUT_WRITE_INTERVALS), 1, 100_000);
        samplesMax = Values.integer(ConfigKey.SAMPLES_MAX, v.get(ConfigKey.SAMPLES_MAX), 1, 1_000_000);
        prometheusPort = v.containsKey(ConfigKey.PROMETHEUS_PORT)
                ? Values.integer(ConfigKey.PROMETHEUS_PORT, v.get(ConfigKey.PROMETHEUS_PORT), 0, 65535)
                : null;
        prometheusHost = nonBlank(ConfigKey.PROMETHEUS_HOST, v.get(ConfigKey.PROMETHEUS_HOST));
        energySource = Values.optionalChoice(
                ConfigKey.ENERGY_SOURCE, v.get(ConfigKey.ENERGY_SOURCE), EnergySourceKind.class, AUTO);
        hostFile = v.containsKey(ConfigKey.HOST_FILE) ? path(ConfigKey.HOST_FILE, v.get(ConfigKey.HOST_FILE)) : null;
        hostFileUnit = Values.choice(ConfigKey.HOST_FILE_UNIT, v.get(ConfigKey.HOST_FILE_UNIT), HostFileUnit.class);
        constantWatts = optionalNumber(v, ConfigKey.CONSTANT_WATTS, 0, 1e6);
        tdpWatts = optionalNumber(v, ConfigKey.TDP_WATTS, 0.1, 1e5);
        vcpuMinWatts = Values.number(ConfigKey.VCPU_MIN_WATTS, v.get(ConfigKey.VCPU_MIN_WATTS), 0, 1000);
        vcpuMaxWatts = Values.number(ConfigKey.VCPU_MAX_WATTS, v.get(ConfigKey.VCPU_MAX_WATTS), vcpuMinWatts, 1000);
        memoryWattsPerGb = Values.number(ConfigKey.MEMORY_WATTS_PER_GB, v.get(ConfigKey.MEMORY_WATTS_PER_GB), 0, 100);
        cpuModel =
                v.containsKey(ConfigKey.CPU_MODEL) ? nonBlank(ConfigKey.CPU_MODEL, v.get(ConfigKey.CPU_MODEL)) : null;
        cpuLogicalCores = v.containsKey(ConfigKey.CPU_LOGICAL_CORES)
                ? Values.integer(ConfigKey.CPU_LOGICAL_CORES, v.get(ConfigKey.CPU_LOGICAL_CORES), 1, 1_000_000)
                : null;
        idlePolicy = Values.choice(ConfigKey.IDLE_POLICY, v.get(ConfigKey.IDLE_POLICY), IdlePolicy.class);
        Double reserved = optionalNumber(v, ConfigKey.RESERVED_CORES, 0.001, 1_000_000);
        reservedCores = reserved == null ? 0 : reserved;
        powercapRoot = path(ConfigKey.POWERCAP_ROOT, v.get(ConfigKey.POWERCAP_ROOT));
        dump = v.containsKey(ConfigKey.DUMP) ? path(ConfigKey.DUMP, v.get(ConfigKey.DUMP)) : null;
        units = v.get(ConfigKey.UNITS);
        unitsNested = v.get(ConfigKey.UNITS_NESTED);
        unitsHttp = Values.choice(ConfigKey.UNITS_HTTP, v.get(ConfigKey.UNITS_HTTP), Switch.class) == Switch.TRUE;
        unitsCpuSampled =
                Values.choice(ConfigKey.UNITS_CPU_SAMPLING, v.get(ConfigKey.UNITS_CPU_SAMPLING), CpuSampling.class)
                        == CpuSampling.ADAPTIVE;
        gpu = GpuSettings.parse(v);
        checkCombinations(v);
        Map<String, String> eff = new TreeMap<>();
        v.forEach((k, value) -> eff.put(k.key(), value));
        eff.put(ConfigKey.OUTPUT.key(), output.toString());
        effective = Collections.unmodifiableMap(eff);
    }

    /** A boolean key's spellings. */
    private enum Switch implements Identified {
        TRUE("true"),
        FALSE("false");

        private final String id;

        Switch(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    /** {@code units.cpu.sampling}'s spellings. */
    private enum CpuSampling implements Identified {
        ADAPTIVE(Attribution.ADAPTIVE),
        EVERY_UNIT(Attribution.EVERY_UNIT);

        private final String id;

        CpuSampling(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    private void checkCombinations(Map<ConfigKey, String> v) throws ConfigException {
        if (energySource.equals(Optional.of(EnergySourceKind.HOST_FILE)) && hostFile == null) {
            throw new ConfigException("invalid value for 'energy.source': 'host-file' needs 'host.file' (a path)");
        }
        if (energySource.equals(Optional.of(EnergySourceKind.CONSTANT)) && constantWatts == null) {
            throw new ConfigException("invalid value for 'energy.source': 'constant' needs 'constant.watts'");
        }
        if (idlePolicy == IdlePolicy.RESERVED_CORES && reservedCores <= 0) {
            throw new ConfigException("invalid value for 'idle.policy': 'reserved-cores' needs 'reserved.cores' > 0");
        }
        if (idlePolicy == IdlePolicy.NONE && v.containsKey(ConfigKey.RESERVED_CORES)) {
            throw new ConfigException("invalid value for 'reserved.cores': '" + v.get(ConfigKey.RESERVED_CORES)
                    + "' (only used with idle.policy=reserved-cores)");
        }
    }

    /**
     * Merges and validates the configuration.
     *
     * @param pid used in the default output file name
     * @throws ConfigException the first invalid key or value, named in the message
     */
    public static AgentConfig load(String agentArgs, Properties systemProperties, Map<String, String> env, long pid)
            throws ConfigException {
        return new AgentConfig(RawConfig.merge(agentArgs, systemProperties, env), pid);
    }

    /** Configuration from agent arguments only (plus defaults); for tests and tools. */
    public static AgentConfig fromArgs(String agentArgs) throws ConfigException {
        return load(agentArgs, new Properties(), Map.of(), 0);
    }

    private static Double optionalNumber(Map<ConfigKey, String> v, ConfigKey key, double min, double max)
            throws ConfigException {
        return v.containsKey(key) ? Values.number(key, v.get(key), min, max) : null;
    }

    private static String nonBlank(ConfigKey key, String value) throws ConfigException {
        if (value == null || value.isBlank()) {
            throw ConfigException.invalid(key.key(), String.valueOf(value), "a non-empty value");
        }
        return value.trim();
    }

    /**
     * The measurement file: a regular file or a new path, never a directory, device, FIFO or socket (the atomic
     * rename would replace it with a file). Refused at start, so the agent says so once instead of at every write.
     */
    private static Path outputFile(String value) throws ConfigException {
        Path file = path(ConfigKey.OUTPUT, value);
        String problem = AtomicFiles.problem(file);
        if (problem != null) {
            // The problem names the path (AtomicFiles), so the value is not quoted again.
            throw new ConfigException("invalid value for '" + ConfigKey.OUTPUT.key() + "': " + problem
                    + " (expected a regular file or a new path)");
        }
        return file;
    }

    private static Path path(ConfigKey key, String value) throws ConfigException {
        try {
            return Path.of(nonBlank(key, value));
        } catch (InvalidPathException e) {
            throw ConfigException.invalid(key.key(), value, "a file path");
        }
    }

    /** Sampling period. */
    public Duration interval() {
        return interval;
    }

    /** The measurement file. */
    public Path output() {
        return output;
    }

    /** The file is rewritten every this many intervals (and at shutdown). */
    public int outputWriteIntervals() {
        return outputWriteIntervals;
    }

    /** Samples kept in full; older ones are merged into the aggregate. */
    public int samplesMax() {
        return samplesMax;
    }

    /** TCP port of the Prometheus endpoint; empty = endpoint off (0 = any free port). */
    public OptionalInt prometheusPort() {
        return prometheusPort == null ? OptionalInt.empty() : OptionalInt.of(prometheusPort);
    }

    public String prometheusHost() {
        return prometheusHost;
    }

    /** The energy source chosen; empty for {@code auto} (every source in order, the first that opens wins). */
    public Optional<EnergySourceKind> energySource() {
        return energySource;
    }

    /** Host-provided energy file, or null. */
    public Path hostFile() {
        return hostFile;
    }

    public HostFileUnit hostFileUnit() {
        return hostFileUnit;
    }

    /** Watts for the constant source. */
    public OptionalDouble constantWatts() {
        return constantWatts == null ? OptionalDouble.empty() : OptionalDouble.of(constantWatts);
    }

    /** CPU thermal design power in watts; when present the model uses the TDP curve. */
    public OptionalDouble tdpWatts() {
        return tdpWatts == null ? OptionalDouble.empty() : OptionalDouble.of(tdpWatts);
    }

    public double vcpuMinWatts() {
        return vcpuMinWatts;
    }

    public double vcpuMaxWatts() {
        return vcpuMaxWatts;
    }

    public double memoryWattsPerGb() {
        return memoryWattsPerGb;
    }

    /** CPU model override, or null to detect it. */
    public String cpuModel() {
        return cpuModel;
    }

    /** Logical core count override. */
    public OptionalInt cpuLogicalCores() {
        return cpuLogicalCores == null ? OptionalInt.empty() : OptionalInt.of(cpuLogicalCores);
    }

    public IdlePolicy idlePolicy() {
        return idlePolicy;
    }

    /** Logical cores reserved for the process (reserved-cores idle policy), else 0. */
    public double reservedCores() {
        return reservedCores;
    }

    public Path powercapRoot() {
        return powercapRoot;
    }

    /** Directory each rewritten class file is written to, for {@code javap}; null (the default) writes none. */
    public Path dump() {
        return dump;
    }

    /** Units declared by configuration ({@code NAME:CLASS#METHOD,…}), unparsed; null when none. */
    public String units() {
        return units;
    }

    /** Unit names counted even when nested in another unit (comma-separated), or null. */
    public String unitsNested() {
        return unitsNested;
    }

    /** Whether HTTP entry points are built-in units. */
    public boolean unitsHttp() {
        return unitsHttp;
    }

    /** Whether frequent units' CPU time is sampled ({@code units.cpu.sampling=adaptive}) rather than read for every unit. */
    public boolean unitsCpuSampled() {
        return unitsCpuSampled;
    }

    /** The GPU keys ({@code gpu}, {@code gpu.*}). */
    public GpuSettings gpu() {
        return gpu;
    }

    /** The effective configuration (defaults included), key → value, for the run metadata. */
    public Map<String, String> effective() {
        return effective;
    }
}
