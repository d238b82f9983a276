package dev.sci4j.measurement;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.util.Objects;
import java.util.Optional;

/**
 * How machine energy was attributed to the process: JSON object {@code run.attribution} with {@code policy}
 * (always {@value #ACTIVE_SPLIT} for now), {@code idlePolicy}, {@code reservedCores} (logical cores, 0 unless
 * the idle policy is {@code reserved-cores}), {@code memoryPolicy} ({@value #RESIDENT_SHARE}) and
 * {@code unitCpuSampling}: how functional units' CPU time was measured — {@value #EVERY_UNIT} (two thread-CPU
 * clock reads per unit) or {@value #ADAPTIVE} (every unit of a kind while it runs fewer than
 * twice {@value #ADAPTIVE_MEASURED_PER_SECOND} times a second; above that a random 1-in-k sample of unit trees,
 * weighted by k, an unbiased estimate, of at least {@value #ADAPTIVE_MEASURED_PER_SECOND} a second). Optional
 * {@code gpu} (absent = no GPU component): how GPU energy was attributed to the process and to its units, as the
 * agent states it, e.g. {@code process: SM-utilisation share of each device, idle none; units by CPU-attributed
 * energy} (see the agent's README).
 *
 * <p>Active split: {@code active = machine CPU-side energy × host busy ratio}; the process gets
 * {@code active × process CPU seconds / host busy CPU seconds}. Memory energy is shared by
 * {@code process resident bytes / total memory bytes}. Immutable and thread-safe.
 */
public final class Attribution {
    public static final String ACTIVE_SPLIT = "active-split";
    public static final String RESIDENT_SHARE = "resident-share";
    public static final String EVERY_UNIT = "every-unit";
    public static final String ADAPTIVE = "adaptive";
    /** Units measured per second and kind, at least, under {@value #ADAPTIVE} sampling. */
    public static final int ADAPTIVE_MEASURED_PER_SECOND = 64;

    private final String policy;
    private final IdlePolicy idlePolicy;
    private final double reservedCores;
    private final String memoryPolicy;
    private final String unitCpuSampling;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String gpu;

    /** The injection key whose value (null) stands for an absent {@code gpu} field. */
    static final String NO_GPU = "dev.sci4j.measurement.Attribution.noGpu";

    /** Without a GPU component. */
    public Attribution(
            String policy, IdlePolicy idlePolicy, double reservedCores, String memoryPolicy, String unitCpuSampling) {
        this(policy, idlePolicy, reservedCores, memoryPolicy, unitCpuSampling, null);
    }

    @JsonCreator
    public Attribution(
            @JsonProperty("policy") String policy,
            @JsonProperty("idlePolicy") IdlePolicy idlePolicy,
            @JsonProperty("reservedCores") double reservedCores,
            @JsonProperty("memoryPolicy") String memoryPolicy,
            @JsonProperty("unitCpuSampling") String unitCpuSampling,
            // optional: a missing 'gpu' reads as no GPU component (MeasurementJson injects null for it)
            @JsonProperty("gpu") @JacksonInject(value = NO_GPU, useInput = OptBoolean.TRUE) String gpu) {
        this.policy = Check.notBlank(policy, "attribution.policy");
        this.idlePolicy = Check.notNull(idlePolicy, "attribution.idlePolicy");
        this.reservedCores = Check.nonNegative(reservedCores, "attribution.reservedCores");
        if (idlePolicy == IdlePolicy.RESERVED_CORES && reservedCores <= 0) {
            throw new IllegalArgumentException("attribution.reservedCores must be > 0 with idle policy reserved-cores");
        }
        this.memoryPolicy = Check.notBlank(memoryPolicy, "attribution.memoryPolicy");
        if (!EVERY_UNIT.equals(unitCpuSampling) && !ADAPTIVE.equals(unitCpuSampling)) {
            throw new IllegalArgumentException("attribution.unitCpuSampling must be " + EVERY_UNIT + " or " + ADAPTIVE
                    + ", was " + unitCpuSampling);
        }
        this.unitCpuSampling = unitCpuSampling;
        if (gpu != null && gpu.isBlank()) {
            throw new IllegalArgumentException("attribution.gpu must not be blank when present");
        }
        this.gpu = gpu;
    }

    /** The default: active split, idle charged to nobody, memory by resident share. */
    public static Attribution activeSplit(IdlePolicy idlePolicy, double reservedCores) {
        return new Attribution(ACTIVE_SPLIT, idlePolicy, reservedCores, RESIDENT_SHARE, EVERY_UNIT);
    }

    /** This attribution with units' CPU time measured as {@code sampling} states. */
    public Attribution withUnitCpuSampling(String sampling) {
        return new Attribution(policy, idlePolicy, reservedCores, memoryPolicy, sampling, gpu);
    }

    /** This attribution with the GPU policy stated as {@code gpuPolicy} (null: no GPU component). */
    public Attribution withGpu(String gpuPolicy) {
        return new Attribution(policy, idlePolicy, reservedCores, memoryPolicy, unitCpuSampling, gpuPolicy);
    }

    /** How GPU energy was attributed, or empty when the run has no GPU component. */
    public Optional<String> gpu() {
        return Optional.ofNullable(gpu);
    }

    public String policy() {
        return policy;
    }

    public IdlePolicy idlePolicy() {
        return idlePolicy;
    }

    /** Logical cores reserved for the process; 0 unless {@link #idlePolicy()} is {@code RESERVED_CORES}. */
    public double reservedCores() {
        return reservedCores;
    }

    public String memoryPolicy() {
        return memoryPolicy;
    }

    /** {@value #EVERY_UNIT} or {@value #ADAPTIVE}. */
    public String unitCpuSampling() {
        return unitCpuSampling;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Attribution)) {
            return false;
        }
        Attribution other = (Attribution) o;
        return policy.equals(other.policy)
                && idlePolicy == other.idlePolicy
                && Double.compare(reservedCores, other.reservedCores) == 0
                && memoryPolicy.equals(other.memoryPolicy)
                && unitCpuSampling.equals(other.unitCpuSampling)
                && Objects.equals(gpu, other.gpu);
    }

    @Override
    public int hashCode() {
        return Objects.hash(policy, idlePolicy, reservedCores, memoryPolicy, unitCpuSampling);
    }

    @Override
    public String toString() {
        return policy + ", idle " + idlePolicy.id()
                + (idlePolicy == IdlePolicy.RESERVED_CORES ? " (" + reservedCores + " cores)" : "")
                + ", memory " + memoryPolicy
                + ", unit CPU " + unitCpuSampling
                + (gpu != null ? ", GPU " + gpu : "");
    }
}
