package dev.sci4j.power;

import dev.sci4j.units.Invariants;

/**
 * The part of a physical CPU allocated to the software: allocated ÷ total vCPUs (or cores). Multiplies a
 * whole-CPU energy such as {@link TeadsCurve#energy}. Dimensionless. Immutable and thread-safe.
 *
 * @param allocated vCPUs allocated to the software, greater than zero and at most {@code total}
 * @param total     vCPUs of the whole CPU the TDP belongs to, greater than zero
 */
public record VcpuShare(double allocated, double total) {
    /** The whole CPU: one of one. */
    public static final VcpuShare WHOLE = new VcpuShare(1, 1);

    public VcpuShare {
        Invariants.positive(allocated, "vCPUs allocated");
        Invariants.positive(total, "vCPUs total");
        if (allocated > total) {
            throw new IllegalArgumentException(
                    "vCPUs allocated (" + allocated + ") must not exceed vCPUs total (" + total + ")");
        }
    }

    /** allocated ÷ total, in (0, 1]. */
    public double fraction() {
        return allocated / total;
    }
}
