package dev.sci4j.report;

import dev.sci4j.units.Invariants;

/** A component left outside the software boundary, with the reason ISO/IEC 21031 asks for. Immutable. */
public record Exclusion(String component, String reason) {
    public Exclusion {
        Invariants.present(component, "boundary.excluded[].component");
        Invariants.present(reason, "boundary.excluded[].reason");
    }
}
