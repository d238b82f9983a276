package dev.sci4j.report;

import dev.sci4j.embodied.EmbodiedShare;
import dev.sci4j.units.Carbon;
import dev.sci4j.units.Invariants;
import java.time.Duration;

/**
 * The embodied inputs, M = TE × (TiR / EL) × (RR / ToR), with TiR each repetition's window. {@code source}
 * says where TE came from; {@code profileDefault} is true when the vendor gave none and the profile's default
 * was used. Carbon in gCO2e, durations in seconds. Immutable and thread-safe.
 */
public record EmbodiedDisclosure(
        double totalEmbodiedG,
        String source,
        boolean profileDefault,
        double lifespanSeconds,
        double resourcesReserved,
        double resourcesTotal) {
    public EmbodiedDisclosure {
        Invariants.nonNegative(totalEmbodiedG, "embodied.totalEmbodiedG");
        Invariants.present(source, "embodied.source");
        Invariants.positive(lifespanSeconds, "embodied.lifespanSeconds");
        Invariants.positive(resourcesTotal, "embodied.resourcesTotal");
        Invariants.between(resourcesReserved, 0, resourcesTotal, "embodied.resourcesReserved");
    }

    /** M for a window of {@code timeReservedSeconds}. */
    public Carbon share(double timeReservedSeconds) {
        return new EmbodiedShare(
                        Carbon.ofGrams(totalEmbodiedG),
                        seconds(timeReservedSeconds),
                        seconds(lifespanSeconds),
                        resourcesReserved,
                        resourcesTotal)
                .carbon();
    }

    private static Duration seconds(double s) {
        return Duration.ofNanos(Math.round(s * 1e9));
    }
}
