package dev.sci4j.fleet;

import dev.sci4j.embodied.EmbodiedShare;
import dev.sci4j.units.Carbon;
import dev.sci4j.units.Invariants;
import java.time.Duration;

/**
 * What one instance runs on, as far as its embodied share needs: TE, the lifespan EL and the resources it
 * reserves of the machine (RR of ToR). Immutable and thread-safe.
 *
 * @param totalEmbodied     TE of the machine
 * @param lifespan          EL
 * @param resourcesReserved RR, in the same unit as ToR
 * @param resourcesTotal    ToR
 * @param source            how TE was obtained, for disclosure
 */
public record HardwareEntry(
        Carbon totalEmbodied, Duration lifespan, double resourcesReserved, double resourcesTotal, String source) {
    public HardwareEntry {
        Invariants.present(totalEmbodied, "totalEmbodiedG");
        Invariants.present(lifespan, "lifespan");
        if (lifespan.isNegative() || lifespan.isZero()) {
            throw new IllegalArgumentException("lifespan must be greater than zero, got " + lifespan);
        }
        Invariants.positive(resourcesTotal, "resourcesTotal");
        Invariants.between(resourcesReserved, 0, resourcesTotal, "resourcesReserved");
        Invariants.present(source, "hardware source");
    }

    /** M = TE × (TiR / EL) × (RR / ToR) for the time the instance was up. */
    public EmbodiedShare share(Duration timeReserved) {
        return new EmbodiedShare(totalEmbodied, timeReserved, lifespan, resourcesReserved, resourcesTotal);
    }
}
