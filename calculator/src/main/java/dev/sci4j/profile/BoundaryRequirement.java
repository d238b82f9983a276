package dev.sci4j.profile;

import dev.sci4j.units.Invariants;
import java.util.List;

/**
 * What a report's software boundary must contain. Immutable and thread-safe.
 *
 * @param requiredComponents components every report must list as included (matched case-insensitively)
 * @param hardwareDisclosure whether the hardware the software ran on must be described
 */
public record BoundaryRequirement(List<String> requiredComponents, boolean hardwareDisclosure) {
    public BoundaryRequirement {
        requiredComponents = Invariants.list(requiredComponents, "boundary.requiredComponents");
    }
}
