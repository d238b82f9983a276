package dev.sci4j.profile;

import dev.sci4j.embodied.EmbodiedShare;
import dev.sci4j.units.Carbon;
import dev.sci4j.units.Durations;
import dev.sci4j.units.Invariants;
import dev.sci4j.units.Units;
import java.time.Duration;

/**
 * A profile's embodied emissions: the model every report is compared with, M = {@code perLogicalCoreG} ×
 * measured logical cores × TiR / EL (so a vendor cannot shade M with its own TE, lifespan or share; a declared
 * rate below it is implausible), and the inputs a report uses when the vendor gives none (disclosed as the
 * profile's default): M = TE × (TiR / EL) × (RR / ToR), TiR the measurement window. Immutable and thread-safe.
 *
 * @param perLogicalCoreG   the model's embodied emissions per logical core (vCPU) over EL, gCO2e
 *
 * @param totalEmbodiedG    TE in gCO2e
 * @param lifespan          EL as written, e.g. {@code 4y}
 * @param resourcesReserved RR
 * @param resourcesTotal    ToR
 * @param source            where TE comes from, in both languages
 */
public record EmbodiedDefaults(
        double perLogicalCoreG,
        double totalEmbodiedG,
        String lifespan,
        double resourcesReserved,
        double resourcesTotal,
        LocalizedText source) {
    public EmbodiedDefaults {
        Invariants.positive(perLogicalCoreG, "embodied.perLogicalCoreG");
        Invariants.nonNegative(totalEmbodiedG, "embodied.totalEmbodiedG");
        if (Durations.parse(lifespan, "embodied.lifespan").isZero()) {
            throw new IllegalArgumentException("embodied.lifespan must be greater than zero, got " + lifespan);
        }
        Invariants.positive(resourcesTotal, "embodied.resourcesTotal");
        Invariants.between(resourcesReserved, 0, resourcesTotal, "embodied.resourcesReserved");
        Invariants.present(source, "embodied.source");
    }

    public Duration lifespanDuration() {
        return Durations.parse(lifespan, "embodied.lifespan");
    }

    /** The model's embodied emissions per second of a machine with {@code logicalCores}, gCO2e per second. */
    public double modelGramsPerSecond(int logicalCores) {
        return perLogicalCoreG * logicalCores / Units.seconds(lifespanDuration());
    }

    /** The share for a window of {@code timeReserved}. */
    public EmbodiedShare share(Duration timeReserved) {
        return new EmbodiedShare(
                Carbon.ofGrams(totalEmbodiedG), timeReserved, lifespanDuration(), resourcesReserved, resourcesTotal);
    }
}
