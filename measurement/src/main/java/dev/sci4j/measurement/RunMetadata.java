package dev.sci4j.measurement;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What was measured and how: JSON object {@code run}. Fields: {@code runId}, {@code startedAt},
 * {@code endedAt} (ISO-8601 instants; while the agent runs, {@code endedAt} is the time of the last write),
 * {@code hostName}, {@code os}, {@code cpuModel}, {@code logicalCores}, {@code jvmVendor}, {@code jvmVersion},
 * {@code pid}, {@code agentVersion}, {@code energySource} ({@link EnergySourceInfo}), {@code attribution}
 * ({@link Attribution}), {@code configuration} (the effective agent configuration, key → value, sorted) and,
 * optional, {@code warnings}: sentences about what the agent could not measure as it says elsewhere (e.g. units
 * on virtual threads whose CPU time could not be read), absent when there are none; and
 * optional, {@code gpu} ({@link GpuInfo}: the GPUs measured; absent when there is no GPU component).
 * Immutable and thread-safe; build with {@link #builder()}.
 */
public final class RunMetadata {
    private final String runId;
    private final Instant startedAt;
    private final Instant endedAt;
    private final String hostName;
    private final String os;
    private final String cpuModel;
    private final int logicalCores;
    private final String jvmVendor;
    private final String jvmVersion;
    private final long pid;
    private final String agentVersion;
    private final EnergySourceInfo energySource;
    private final Attribution attribution;
    private final Map<String, String> configuration;

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final List<String> warnings;

    /** The injection key whose value (null) stands for an absent {@code warnings} field. */
    static final String NO_WARNINGS = "dev.sci4j.measurement.RunMetadata.noWarnings";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final GpuInfo gpu;

    /** The injection key whose value (null) stands for an absent {@code gpu} field. */
    static final String NO_GPU = "dev.sci4j.measurement.RunMetadata.noGpu";

    @JsonCreator
    private RunMetadata(
            @JsonProperty("runId") String runId,
            @JsonProperty("startedAt") Instant startedAt,
            @JsonProperty("endedAt") Instant endedAt,
            @JsonProperty("hostName") String hostName,
            @JsonProperty("os") String os,
            @JsonProperty("cpuModel") String cpuModel,
            @JsonProperty("logicalCores") int logicalCores,
            @JsonProperty("jvmVendor") String jvmVendor,
            @JsonProperty("jvmVersion") String jvmVersion,
            @JsonProperty("pid") long pid,
            @JsonProperty("agentVersion") String agentVersion,
            @JsonProperty("energySource") EnergySourceInfo energySource,
            @JsonProperty("attribution") Attribution attribution,
            @JsonProperty("configuration") Map<String, String> configuration,
            // optional: a missing 'warnings' reads as none (MeasurementJson injects null for it)
            @JsonProperty("warnings") @JacksonInject(value = NO_WARNINGS, useInput = OptBoolean.TRUE)
                    List<String> warnings,
            // optional: a missing 'gpu' reads as no GPU component (MeasurementJson injects null for it)
            @JsonProperty("gpu") @JacksonInject(value = NO_GPU, useInput = OptBoolean.TRUE) GpuInfo gpu) {
        this.runId = Check.notBlank(runId, "run.runId");
        this.startedAt = Check.notNull(startedAt, "run.startedAt");
        this.endedAt = Check.notNull(endedAt, "run.endedAt");
        if (endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("run.endedAt " + endedAt + " is before run.startedAt " + startedAt);
        }
        this.hostName = Check.notNull(hostName, "run.hostName");
        this.os = Check.notNull(os, "run.os");
        this.cpuModel = Check.notNull(cpuModel, "run.cpuModel");
        if (logicalCores < 1) {
            throw new IllegalArgumentException("run.logicalCores must be >= 1, was " + logicalCores);
        }
        this.logicalCores = logicalCores;
        this.jvmVendor = Check.notNull(jvmVendor, "run.jvmVendor");
        this.jvmVersion = Check.notNull(jvmVersion, "run.jvmVersion");
        this.pid = Check.nonNegative(pid, "run.pid");
        this.agentVersion = Check.notBlank(agentVersion, "run.agentVersion");
        this.energySource = Check.notNull(energySource, "run.energySource");
        this.attribution = Check.notNull(attribution, "run.attribution");
        this.configuration = Check.sortedCopy(configuration, "run.configuration");
        this.warnings = warnings == null ? List.of() : List.copyOf(warnings);
        for (String w : this.warnings) {
            Check.notBlank(w, "run.warnings[]");
        }
        this.gpu = gpu;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this run's values, e.g. to move {@code endedAt}. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.runId = runId;
        b.startedAt = startedAt;
        b.endedAt = endedAt;
        b.hostName = hostName;
        b.os = os;
        b.cpuModel = cpuModel;
        b.logicalCores = logicalCores;
        b.jvmVendor = jvmVendor;
        b.jvmVersion = jvmVersion;
        b.pid = pid;
        b.agentVersion = agentVersion;
        b.energySource = energySource;
        b.attribution = attribution;
        b.configuration = configuration;
        b.warnings = warnings;
        b.gpu = gpu;
        return b;
    }

    public String runId() {
        return runId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String hostName() {
        return hostName;
    }

    public String os() {
        return os;
    }

    public String cpuModel() {
        return cpuModel;
    }

    public int logicalCores() {
        return logicalCores;
    }

    public String jvmVendor() {
        return jvmVendor;
    }

    public String jvmVersion() {
        return jvmVersion;
    }

    public long pid() {
        return pid;
    }

    public String agentVersion() {
        return agentVersion;
    }

    public EnergySourceInfo energySource() {
        return energySource;
    }

    public Attribution attribution() {
        return attribution;
    }

    /** The agent's effective configuration, key → value, sorted by key. */
    public Map<String, String> configuration() {
        return configuration;
    }

    /** What the agent could not measure as it says elsewhere, one sentence each; empty when nothing. */
    public List<String> warnings() {
        return warnings;
    }

    /** The GPUs measured, or empty when the run has no GPU component. */
    public Optional<GpuInfo> gpu() {
        return Optional.ofNullable(gpu);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RunMetadata)) {
            return false;
        }
        RunMetadata r = (RunMetadata) o;
        return runId.equals(r.runId)
                && startedAt.equals(r.startedAt)
                && endedAt.equals(r.endedAt)
                && hostName.equals(r.hostName)
                && os.equals(r.os)
                && cpuModel.equals(r.cpuModel)
                && logicalCores == r.logicalCores
                && jvmVendor.equals(r.jvmVendor)
                && jvmVersion.equals(r.jvmVersion)
                && pid == r.pid
                && agentVersion.equals(r.agentVersion)
                && energySource.equals(r.energySource)
                && attribution.equals(r.attribution)
                && configuration.equals(r.configuration)
                && warnings.equals(r.warnings)
                && Objects.equals(gpu, r.gpu);
    }

    @Override
    public int hashCode() {
        return Objects.hash(runId, startedAt, endedAt, pid);
    }

    /** Collects run metadata; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private String runId;
        private Instant startedAt;
        private Instant endedAt;
        private String hostName = "";
        private String os = "";
        private String cpuModel = "";
        private int logicalCores;
        private String jvmVendor = "";
        private String jvmVersion = "";
        private long pid;
        private String agentVersion;
        private EnergySourceInfo energySource;
        private Attribution attribution;
        private Map<String, String> configuration;
        private List<String> warnings;
        private GpuInfo gpu;

        private Builder() {}

        public Builder runId(String v) {
            runId = v;
            return this;
        }

        public Builder startedAt(Instant v) {
            startedAt = v;
            return this;
        }

        public Builder endedAt(Instant v) {
            endedAt = v;
            return this;
        }

        public Builder hostName(String v) {
            hostName = v;
            return this;
        }

        public Builder os(String v) {
            os = v;
            return this;
        }

        public Builder cpuModel(String v) {
            cpuModel = v;
            return this;
        }

        public Builder logicalCores(int v) {
            logicalCores = v;
            return this;
        }

        public Builder jvmVendor(String v) {
            jvmVendor = v;
            return this;
        }

        public Builder jvmVersion(String v) {
            jvmVersion = v;
            return this;
        }

        public Builder pid(long v) {
            pid = v;
            return this;
        }

        public Builder agentVersion(String v) {
            agentVersion = v;
            return this;
        }

        public Builder energySource(EnergySourceInfo v) {
            energySource = v;
            return this;
        }

        public Builder attribution(Attribution v) {
            attribution = v;
            return this;
        }

        public Builder configuration(Map<String, String> v) {
            configuration = v;
            return this;
        }

        /** Optional: sentences about what could not be measured. */
        public Builder warnings(List<String> v) {
            warnings = v;
            return this;
        }

        /** The GPUs measured; null (the default) for none. */
        public Builder gpu(GpuInfo v) {
            gpu = v;
            return this;
        }

        public RunMetadata build() {
            return new RunMetadata(
                    runId,
                    startedAt,
                    endedAt,
                    hostName,
                    os,
                    cpuModel,
                    logicalCores,
                    jvmVendor,
                    jvmVersion,
                    pid,
                    agentVersion,
                    energySource,
                    attribution,
                    configuration,
                    warnings,
                    gpu);
        }
    }
}
