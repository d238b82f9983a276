package dev.sci4j.measurement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * How machine energy was attributed to the process: JSON object {@code run.attribution} with {@code policy}
 * (always {@value #ACTIVE_SPLIT} for now), {@code idlePolicy}, {@code reservedCores} (logical cores, 0 unless
 * the idle policy is {@code reserved-cores}) and {@code memoryPolicy} ({@value #RESIDENT_SHARE}).
 *
 * <p>Active split: {@code active = machine CPU-side energy × host busy ratio}; the process gets
 * {@code active × process CPU seconds / host busy CPU seconds}. Memory energy is shared by
 * {@code process resident bytes / total memory bytes}. Immutable and thread-safe.
 */
public final class Attribution {
    public static final String ACTIVE_SPLIT = "active-split";
    public static final String RESIDENT_SHARE = "resident-share";

    private final String policy;
    private final IdlePolicy idlePolicy;
    private final double reservedCores;
    private final String memoryPolicy;

    @JsonCreator
    public Attribution(@JsonProperty("policy") String policy,
                       @JsonProperty("idlePolicy") IdlePolicy idlePolicy,
                       @JsonProperty("reservedCores") double reservedCores,
                       @JsonProperty("memoryPolicy") String memoryPolicy) {
        this.policy = Check.notBlank(policy, "attribution.policy");
        this.idlePolicy = Check.notNull(idlePolicy, "attribution.idlePolicy");
        this.reservedCores = Check.nonNegative(reservedCores, "attribution.reservedCores");
        if (idlePolicy == IdlePolicy.RESERVED_CORES && reservedCores <= 0) {
            throw new IllegalArgumentException("attribution.reservedCores must be > 0 with idle policy reserved-cores");
        }
        this.memoryPolicy = Check.notBlank(memoryPolicy, "attribution.memoryPolicy");
    }

    /** The default: active split, idle charged to nobody, memory by resident share. */
    public static Attribution activeSplit(IdlePolicy idlePolicy, double reservedCores) {
        return new Attribution(ACTIVE_SPLIT, idlePolicy, reservedCores, RESIDENT_SHARE);
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

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Attribution)) {
            return false;
        }
        Attribution other = (Attribution) o;
        return policy.equals(other.policy) && idlePolicy == other.idlePolicy
                && Double.compare(reservedCores, other.reservedCores) == 0 && memoryPolicy.equals(other.memoryPolicy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(policy, idlePolicy, reservedCores, memoryPolicy);
    }

    @Override
    public String toString() {
        return policy + ", idle " + idlePolicy.id()
                + (idlePolicy == IdlePolicy.RESERVED_CORES ? " (" + reservedCores + " cores)" : "")
                + ", memory " + memoryPolicy;
    }
}
