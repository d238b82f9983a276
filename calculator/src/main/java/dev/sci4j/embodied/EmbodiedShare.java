package dev.sci4j.embodied;

import dev.sci4j.units.Carbon;
import dev.sci4j.units.Invariants;
import dev.sci4j.units.Units;
import java.time.Duration;

/**
 * The SCI embodied-emissions share, ISO/IEC 21031: {@code M = TE × TS × RS = TE × (TiR / EL) × (RR / ToR)}.
 * Carbon in gCO2e, durations as {@link Duration}, resources in whatever unit {@link ResourceKind} declares
 * (the same unit for RR and ToR). Immutable and thread-safe.
 *
 * @param totalEmbodied     TE, total embodied emissions of the hardware (manufacture to end of life)
 * @param timeReserved      TiR, time the hardware is reserved for the software: the reporting window; at least 0
 * @param lifespan          EL, expected lifespan of the hardware; greater than 0
 * @param resourcesReserved RR, resources reserved for the software; between 0 and {@code resourcesTotal}
 * @param resourcesTotal    ToR, total resources of the hardware; greater than 0
 */
public record EmbodiedShare(
        Carbon totalEmbodied,
        Duration timeReserved,
        Duration lifespan,
        double resourcesReserved,
        double resourcesTotal) {

    /** The SCI guide's default expected lifespan of a server, in years (as Teads, CCF and Boavizta use). */
    public static final int DEFAULT_LIFESPAN_YEARS = 4;
    /** {@value #DEFAULT_LIFESPAN_YEARS} years of 365 days = 126,144,000 s (SCI guide: EL = 4 years, 35,040 h). */
    public static final Duration DEFAULT_LIFESPAN = Duration.ofSeconds(DEFAULT_LIFESPAN_YEARS * Units.SECONDS_PER_YEAR);

    public EmbodiedShare {
        Invariants.present(totalEmbodied, "total embodied emissions TE");
        Invariants.present(timeReserved, "time reserved TiR");
        Invariants.present(lifespan, "expected lifespan EL");
        if (timeReserved.isNegative()) {
            throw new IllegalArgumentException("time reserved TiR must not be negative, got " + timeReserved);
        }
        if (lifespan.isNegative() || lifespan.isZero()) {
            throw new IllegalArgumentException("expected lifespan EL must be greater than zero, got " + lifespan);
        }
        Invariants.positive(resourcesTotal, "total resources ToR");
        Invariants.between(resourcesReserved, 0, resourcesTotal, "resources reserved RR");
    }

    /** The whole machine is reserved: RR = ToR = 1. */
    public static EmbodiedShare wholeMachine(Carbon totalEmbodied, Duration timeReserved, Duration lifespan) {
        return new EmbodiedShare(totalEmbodied, timeReserved, lifespan, 1, 1);
    }

    /** TS = TiR / EL, the time share. */
    public double timeShare() {
        return Units.seconds(timeReserved) / Units.seconds(lifespan);
    }

    /** RS = RR / ToR, the resource share. */
    public double resourceShare() {
        return resourcesReserved / resourcesTotal;
    }

    /** M = TE × TS × RS. */
    public Carbon carbon() {
        return totalEmbodied.times(timeShare() * resourceShare());
    }
}
