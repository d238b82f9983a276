package dev.sci4j.measurement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Energy and CPU time over one sampling window {@code [start, end)}, or — in {@link AggregatedSamples} — the
 * sum of many consecutive windows. Immutable and thread-safe; build with {@link #builder()}.
 *
 * <p>JSON fields (every quantity says its unit):
 * <ul>
 *   <li>{@code start}, {@code end}: ISO-8601 instants.</li>
 *   <li>{@code machineJoules}: energy by component as the source reported it ({@code package}, {@code dram},
 *       {@code psys} for RAPL, summed over sockets; {@code cpu}, {@code memory} for the model; {@code total} for
 *       host-file and constant). Components may overlap ({@code psys} contains {@code package}), so do not sum
 *       this map; use the three fields below. {@code gpu}: all measured GPUs, never inside the others.</li>
 *   <li>{@code machineActiveJoules} + {@code machineIdleJoules}: the machine's CPU-side energy split by the host
 *       busy ratio; {@code machineMemoryJoules}: its memory energy (0 when the source has none).</li>
 *   <li>{@code processJoules}: the process's share by component: {@value #ACTIVE} (its share of active),
 *       {@value #IDLE} (its idle share under the idle policy), {@value #MEMORY} (resident share of memory),
 *       optional {@value #GPU} (its share of {@code machineJoules.gpu}).
 *       Each is at most the matching machine field, which the constructor checks.</li>
 *   <li>{@code processCpuSeconds}: user + kernel CPU time of the process, including the agent's sampler.</li>
 *   <li>{@code hostBusyCpuSeconds}, {@code hostTotalCpuSeconds}: busy and busy + idle CPU time of the whole
 *       host over the window (all logical cores).</li>
 *   <li>{@code samplerCpuSeconds}: CPU time of the agent's own threads, the sampler and the Prometheus endpoint
 *       (already inside
 *       {@code processCpuSeconds}, reported so overhead is visible).</li>
 *   <li>{@code units}: functional units that ended in the window, by name (see {@link UnitSample}).</li>
 *   <li>{@code unattributedJoules}: the part of the process energy not attributed to any unit (idle and memory
 *       shares, CPU outside units: GC, JIT, the agent, virtual threads whose CPU time is unknown; GPU energy in
 *       windows without the unit kind it goes to). The
 *       constructor checks Σ {@code units.joules} + {@code unattributedJoules} = Σ {@code processJoules}.</li>
 * </ul>
 */
public final class IntervalSample {
    /** {@code processJoules} key: the process's share of the machine's active CPU-side energy. */
    public static final String ACTIVE = "active";
    /** {@code processJoules} key: the process's share of idle energy under the idle policy. */
    public static final String IDLE = "idle";
    /** {@code processJoules} key: the process's share of memory energy. */
    public static final String MEMORY = "memory";
    /**
     * {@code machineJoules} and {@code processJoules} key: GPU energy (all measured devices), and the process's
     * share of it under the GPU attribution policy ({@code run.attribution.gpu}). Optional: absent without GPUs.
     */
    public static final String GPU = "gpu";

    private final Instant start;
    private final Instant end;
    private final Map<String, Double> machineJoules;
    private final double machineActiveJoules;
    private final double machineIdleJoules;
    private final double machineMemoryJoules;
    private final Map<String, Double> processJoules;
    private final double processCpuSeconds;
    private final double hostBusyCpuSeconds;
    private final double hostTotalCpuSeconds;
    private final double samplerCpuSeconds;
    private final Map<String, UnitSample> units;
    private final double unattributedJoules;

    @JsonCreator
    private IntervalSample(
            @JsonProperty("start") Instant start,
            @JsonProperty("end") Instant end,
            @JsonProperty("machineJoules") Map<String, Double> machineJoules,
            @JsonProperty("machineActiveJoules") double machineActiveJoules,
            @JsonProperty("machineIdleJoules") double machineIdleJoules,
            @JsonProperty("machineMemoryJoules") double machineMemoryJoules,
            @JsonProperty("processJoules") Map<String, Double> processJoules,
            @JsonProperty("processCpuSeconds") double processCpuSeconds,
            @JsonProperty("hostBusyCpuSeconds") double hostBusyCpuSeconds,
            @JsonProperty("hostTotalCpuSeconds") double hostTotalCpuSeconds,
            @JsonProperty("samplerCpuSeconds") double samplerCpuSeconds,
            @JsonProperty("units") Map<String, UnitSample> units,
            @JsonProperty("unattributedJoules") double unattributedJoules) {
        this.start = Check.notNull(start, "start");
        this.end = Check.notNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        this.machineJoules = Check.joulesMap(machineJoules, "machineJoules");
        this.machineActiveJoules = Check.nonNegative(machineActiveJoules, "machineActiveJoules");
        this.machineIdleJoules = Check.nonNegative(machineIdleJoules, "machineIdleJoules");
        this.machineMemoryJoules = Check.nonNegative(machineMemoryJoules, "machineMemoryJoules");
        this.processJoules = Check.joulesMap(processJoules, "processJoules");
        for (String key : this.processJoules.keySet()) {
            if (!key.equals(ACTIVE) && !key.equals(IDLE) && !key.equals(MEMORY) && !key.equals(GPU)) {
                throw new IllegalArgumentException("processJoules." + key + " is not a process component"
                        + " (expected active, idle, memory or gpu)");
            }
        }
        this.processCpuSeconds = Check.nonNegative(processCpuSeconds, "processCpuSeconds");
        this.hostBusyCpuSeconds = Check.nonNegative(hostBusyCpuSeconds, "hostBusyCpuSeconds");
        this.hostTotalCpuSeconds = Check.nonNegative(hostTotalCpuSeconds, "hostTotalCpuSeconds");
        this.samplerCpuSeconds = Check.nonNegative(samplerCpuSeconds, "samplerCpuSeconds");
        this.units = Check.sortedCopy(units, "units");
        requireAtMost(processJoule(ACTIVE), machineActiveJoules, "processJoules.active", "machineActiveJoules");
        requireAtMost(processJoule(IDLE), machineIdleJoules, "processJoules.idle", "machineIdleJoules");
        requireAtMost(processJoule(MEMORY), machineMemoryJoules, "processJoules.memory", "machineMemoryJoules");
        requireAtMost(processJoule(GPU), machineGpuJoules(), "processJoules.gpu", "machineJoules.gpu");
        this.unattributedJoules = Check.nonNegative(unattributedJoules, "unattributedJoules");
        double attributed = unitJoules(this.units);
        if (!Check.sumMatches(attributed + unattributedJoules, processTotalJoules())) {
            throw new IllegalArgumentException("units joules (" + attributed + " J) + unattributedJoules ("
                    + unattributedJoules + " J) differ from the process energy (" + processTotalJoules() + " J)");
        }
    }

    private static double unitJoules(Map<String, UnitSample> units) {
        double sum = 0;
        for (UnitSample u : units.values()) {
            sum += u.joules();
        }
        return sum;
    }

    private static void requireAtMost(double part, double whole, String partName, String wholeName) {
        if (!Check.atMost(part, whole)) {
            throw new IllegalArgumentException(
                    partName + " (" + part + " J) exceeds " + wholeName + " (" + whole + " J)");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return end;
    }

    /** Length of the window in seconds. */
    public double durationSeconds() {
        return Duration.between(start, end).toNanos() / 1e9;
    }

    /** Machine energy by component as reported by the source, joules; components may overlap. */
    public Map<String, Double> machineJoules() {
        return machineJoules;
    }

    public double machineActiveJoules() {
        return machineActiveJoules;
    }

    public double machineIdleJoules() {
        return machineIdleJoules;
    }

    public double machineMemoryJoules() {
        return machineMemoryJoules;
    }

    /** {@code machineJoules.gpu}: the measured GPUs' energy, 0 without GPUs, joules. */
    public double machineGpuJoules() {
        Double v = machineJoules.get(GPU);
        return v == null ? 0.0 : v;
    }

    /** Active + idle + memory: the machine energy the CPU-side attribution divided (GPUs apart), joules. */
    public double machineAttributedJoules() {
        return machineActiveJoules + machineIdleJoules + machineMemoryJoules;
    }

    /** The process's energy by component ({@link #ACTIVE}, {@link #IDLE}, {@link #MEMORY}), joules. */
    public Map<String, Double> processJoules() {
        return processJoules;
    }

    /** One component of {@link #processJoules()}, 0 when absent, joules. */
    public double processJoule(String component) {
        Double v = processJoules.get(component);
        return v == null ? 0.0 : v;
    }

    /** Sum of {@link #processJoules()}: the process's energy for SCI's E, joules. */
    public double processTotalJoules() {
        double sum = 0;
        for (double v : processJoules.values()) {
            sum += v;
        }
        return sum;
    }

    public double processCpuSeconds() {
        return processCpuSeconds;
    }

    public double hostBusyCpuSeconds() {
        return hostBusyCpuSeconds;
    }

    public double hostTotalCpuSeconds() {
        return hostTotalCpuSeconds;
    }

    public double samplerCpuSeconds() {
        return samplerCpuSeconds;
    }

    /** Functional units that ended in this window, by name. */
    public Map<String, UnitSample> units() {
        return units;
    }

    /** Process energy attributed to no functional unit, joules. */
    public double unattributedJoules() {
        return unattributedJoules;
    }

    /**
     * The sum of this window and another: the window spans both (from the earlier start to the later end),
     * every quantity is added. Used to aggregate older samples.
     */
    public IntervalSample plus(IntervalSample other) {
        Map<String, UnitSample> mergedUnits = new HashMap<>(units);
        other.units.forEach((k, v) -> mergedUnits.merge(k, v, UnitSample::plus));
        return new IntervalSample(
                start.isBefore(other.start) ? start : other.start,
                end.isAfter(other.end) ? end : other.end,
                sum(machineJoules, other.machineJoules),
                machineActiveJoules + other.machineActiveJoules,
                machineIdleJoules + other.machineIdleJoules,
                machineMemoryJoules + other.machineMemoryJoules,
                sum(processJoules, other.processJoules),
                processCpuSeconds + other.processCpuSeconds,
                hostBusyCpuSeconds + other.hostBusyCpuSeconds,
                hostTotalCpuSeconds + other.hostTotalCpuSeconds,
                samplerCpuSeconds + other.samplerCpuSeconds,
                mergedUnits,
                unattributedJoules + other.unattributedJoules);
    }

    private static Map<String, Double> sum(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> out = new HashMap<>(a);
        b.forEach((k, v) -> out.merge(k, v, Double::sum));
        return out;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof IntervalSample)) {
            return false;
        }
        IntervalSample s = (IntervalSample) o;
        return start.equals(s.start)
                && end.equals(s.end)
                && machineJoules.equals(s.machineJoules)
                && Double.compare(machineActiveJoules, s.machineActiveJoules) == 0
                && Double.compare(machineIdleJoules, s.machineIdleJoules) == 0
                && Double.compare(machineMemoryJoules, s.machineMemoryJoules) == 0
                && processJoules.equals(s.processJoules)
                && Double.compare(processCpuSeconds, s.processCpuSeconds) == 0
                && Double.compare(hostBusyCpuSeconds, s.hostBusyCpuSeconds) == 0
                && Double.compare(hostTotalCpuSeconds, s.hostTotalCpuSeconds) == 0
                && Double.compare(samplerCpuSeconds, s.samplerCpuSeconds) == 0
                && units.equals(s.units)
                && Double.compare(unattributedJoules, s.unattributedJoules) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, machineJoules, processJoules, processCpuSeconds);
    }

    @Override
    public String toString() {
        return "IntervalSample[" + start + ".." + end + ", machine " + machineJoules + ", process " + processJoules
                + "]";
    }

    /** Collects the fields of a sample; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {
        private Instant start;
        private Instant end;
        private final Map<String, Double> machineJoules = new HashMap<>();
        private double machineActiveJoules;
        private double machineIdleJoules;
        private double machineMemoryJoules;
        private final Map<String, Double> processJoules = new HashMap<>();
        private double processCpuSeconds;
        private double hostBusyCpuSeconds;
        private double hostTotalCpuSeconds;
        private double samplerCpuSeconds;
        private final Map<String, UnitSample> units = new HashMap<>();
        private double unattributedJoules = Double.NaN;

        private Builder() {}

        public Builder window(Instant start, Instant end) {
            this.start = start;
            this.end = end;
            return this;
        }

        public Builder machineJoules(String component, double joules) {
            machineJoules.put(component, joules);
            return this;
        }

        public Builder machineJoules(Map<String, Double> byComponent) {
            machineJoules.putAll(byComponent);
            return this;
        }

        public Builder machineActiveJoules(double joules) {
            this.machineActiveJoules = joules;
            return this;
        }

        public Builder machineIdleJoules(double joules) {
            this.machineIdleJoules = joules;
            return this;
        }

        public Builder machineMemoryJoules(double joules) {
            this.machineMemoryJoules = joules;
            return this;
        }

        public Builder processJoules(String component, double joules) {
            processJoules.put(component, joules);
            return this;
        }

        public Builder processCpuSeconds(double seconds) {
            this.processCpuSeconds = seconds;
            return this;
        }

        public Builder hostBusyCpuSeconds(double seconds) {
            this.hostBusyCpuSeconds = seconds;
            return this;
        }

        public Builder hostTotalCpuSeconds(double seconds) {
            this.hostTotalCpuSeconds = seconds;
            return this;
        }

        public Builder samplerCpuSeconds(double seconds) {
            this.samplerCpuSeconds = seconds;
            return this;
        }

        public Builder unit(String name, UnitSample sample) {
            units.put(name, sample);
            return this;
        }

        /** Process energy attributed to no unit; when not set, the process energy minus the units' joules. */
        public Builder unattributedJoules(double joules) {
            this.unattributedJoules = joules;
            return this;
        }

        public IntervalSample build() {
            double unattributed = unattributedJoules;
            if (Double.isNaN(unattributed)) {
                double process = 0;
                for (Double v : processJoules.values()) {
                    process += v == null ? 0 : v;
                }
                unattributed = Math.max(0, process - unitJoules(units));
            }
            return new IntervalSample(
                    start,
                    end,
                    machineJoules,
                    machineActiveJoules,
                    machineIdleJoules,
                    machineMemoryJoules,
                    processJoules,
                    processCpuSeconds,
                    hostBusyCpuSeconds,
                    hostTotalCpuSeconds,
                    samplerCpuSeconds,
                    units,
                    unattributed);
        }
    }
}
