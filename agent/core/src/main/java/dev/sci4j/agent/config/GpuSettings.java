package dev.sci4j.agent.config;

import dev.sci4j.rules.id.Identified;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The GPU keys: {@code gpu} (auto|off), {@code gpu.library} (path to {@code libnvidia-ml}), {@code
 * gpu.attribution} (process|device|pids), {@code gpu.devices} (indices or {@code all}, for {@code device}),
 * {@code gpu.pids} and {@code gpu.processes} (for {@code pids}: ids, and a regular expression matched against
 * process command lines) and {@code gpu.units} (a unit kind that takes all GPU energy; unset = GPU energy to
 * units by their CPU-attributed energy). Immutable and thread-safe.
 */
public final class GpuSettings {
    /** {@code gpu.attribution}'s policies. */
    public enum Policy implements Identified {
        /** The process's share of each device's utilisation. */
        PROCESS("process"),
        /** The listed devices belong to the service. */
        DEVICE("device"),
        /** This JVM and the listed processes are the service. */
        PIDS("pids");

        private final String id;

        Policy(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    /** {@code gpu}'s spellings. */
    private enum Mode implements Identified {
        AUTO("auto"),
        OFF("off");

        private final String id;

        Mode(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    private final boolean enabled;
    private final String library;
    private final Policy policy;
    private final Set<Integer> devices;
    private final Set<Long> pids;
    private final Pattern processes;
    private final String unitKind;

    private GpuSettings(
            boolean enabled,
            String library,
            Policy policy,
            Set<Integer> devices,
            Set<Long> pids,
            Pattern processes,
            String unitKind) {
        this.enabled = enabled;
        this.library = library;
        this.policy = policy;
        this.devices = devices;
        this.pids = pids;
        this.processes = processes;
        this.unitKind = unitKind;
    }

    /** For tests and tools: the given policy, every other key at its default. */
    public static GpuSettings of(Policy policy, Set<Integer> devices, Set<Long> pids, Pattern processes, String unit) {
        return new GpuSettings(
                true,
                null,
                policy,
                devices == null ? null : Collections.unmodifiableSet(new TreeSet<>(devices)),
                Collections.unmodifiableSet(new TreeSet<>(pids)),
                processes,
                unit);
    }

    static GpuSettings parse(Map<ConfigKey, String> v) throws ConfigException {
        boolean enabled = Values.choice(ConfigKey.GPU, v.get(ConfigKey.GPU), Mode.class) == Mode.AUTO;
        Policy policy = Values.choice(ConfigKey.GPU_ATTRIBUTION, v.get(ConfigKey.GPU_ATTRIBUTION), Policy.class);
        Set<Integer> devices = devices(v.get(ConfigKey.GPU_DEVICES));
        Set<Long> pids = pids(v.get(ConfigKey.GPU_PIDS));
        Pattern processes = pattern(v.get(ConfigKey.GPU_PROCESSES));
        String unit = v.get(ConfigKey.GPU_UNITS);
        if (unit != null && unit.isBlank()) {
            throw ConfigException.invalid(ConfigKey.GPU_UNITS.key(), unit, "a unit kind, e.g. tokens");
        }
        if (policy == Policy.PIDS && pids.isEmpty() && processes == null) {
            throw new ConfigException(
                    "invalid value for 'gpu.attribution': 'pids' needs 'gpu.pids' (ids) or 'gpu.processes' (a regex)");
        }
        if (policy != Policy.PIDS && (!pids.isEmpty() || processes != null)) {
            throw new ConfigException(
                    "invalid value for 'gpu.pids'/'gpu.processes': only used with gpu.attribution=pids;"
                            + " set gpu.attribution=pids or remove them");
        }
        if (policy != Policy.DEVICE && devices != null) {
            throw new ConfigException("invalid value for 'gpu.devices': only used with gpu.attribution=device;"
                    + " set gpu.attribution=device or remove it");
        }
        return new GpuSettings(
                enabled,
                v.get(ConfigKey.GPU_LIBRARY),
                policy,
                devices,
                pids,
                processes,
                unit == null ? null : unit.trim());
    }

    private static Set<Integer> devices(String value) throws ConfigException {
        if (value == null || value.trim().equalsIgnoreCase("all")) {
            return null;
        }
        Set<Integer> out = new TreeSet<>();
        for (String part : value.split(",", -1)) {
            out.add(Values.integer(ConfigKey.GPU_DEVICES, part.trim(), 0, 1023));
        }
        return Collections.unmodifiableSet(out);
    }

    private static Set<Long> pids(String value) throws ConfigException {
        Set<Long> out = new TreeSet<>();
        if (value != null) {
            for (String part : value.split(",", -1)) {
                out.add((long) Values.integer(ConfigKey.GPU_PIDS, part.trim(), 1, Integer.MAX_VALUE));
            }
        }
        return Collections.unmodifiableSet(out);
    }

    private static Pattern pattern(String value) throws ConfigException {
        if (value == null) {
            return null;
        }
        try {
            return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            throw ConfigException.invalid(ConfigKey.GPU_PROCESSES.key(), value, "a regular expression");
        }
    }

    /** {@code gpu=auto}: look for NVML; {@code off}: no GPU component. */
    public boolean enabled() {
        return enabled;
    }

    /** {@code gpu.library}, or null for the driver's default library. */
    public String library() {
        return library;
    }

    public Policy policy() {
        return policy;
    }

    /** Whether device {@code index} belongs to the service under {@link Policy#DEVICE} ({@code all} = every). */
    public boolean ownsDevice(int index) {
        return devices == null || devices.contains(index);
    }

    /** {@code gpu.devices} as configured: indices, or {@code all}. */
    public String devicesText() {
        return devices == null
                ? "all"
                : String.join(",", devices.stream().map(String::valueOf).toArray(String[]::new));
    }

    /** {@code gpu.pids}: further process ids of the service (policy {@code pids}). */
    public Set<Long> pids() {
        return pids;
    }

    /** {@code gpu.processes}: command lines of further processes of the service, or null. */
    public Pattern processes() {
        return processes;
    }

    /** {@code gpu.units}: the unit kind that takes all GPU energy, or null (by CPU-attributed energy). */
    public String unitKind() {
        return unitKind;
    }

    @Override
    public String toString() {
        return "gpu " + (enabled ? "auto" : "off") + ", attribution " + policy.id() + ", devices " + devicesText()
                + ", pids " + Arrays.toString(pids.toArray()) + ", processes " + processes + ", units " + unitKind;
    }
}
