package dev.sci4j.profile;

import dev.sci4j.embodied.EmbodiedShare;
import dev.sci4j.units.Carbon;
import dev.sci4j.units.Durations;
import dev.sci4j.units.Invariants;
import java.time.Duration;

/**
 * Embodied-emission inputs used when a vendor gives none, so a report without hardware data is still
 * comparable (and the default is disclosed). M = TE × (TiR / EL) × (RR / ToR) with TiR the measurement window.
 * Immutable and thread-safe.
 *
 * @param totalEmbodiedG    TE in gCO2e
 * @param lifespan          EL as written, e.g. {@code 4y}
 * @param resourcesReserved RR
 * @param resourcesTotal    ToR
 * @param source            where TE comes from, in both languages
 */
public record EmbodiedDefaults(
        double totalEmbodiedG, String lifespan, double resourcesReserved, double resourcesTotal, LocalizedText source) {
    public EmbodiedDefaults {
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

    /** The share for a window of {@code timeReserved}. */
    public EmbodiedShare share(Duration timeReserved) {
        return new EmbodiedShare(
                Carbon.ofGrams(totalEmbodiedG), timeReserved, lifespanDuration(), resourcesReserved, resourcesTotal);
    }
}
