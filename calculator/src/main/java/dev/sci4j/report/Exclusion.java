package dev.sci4j.report;

import dev.sci4j.input.Checks;

/** A component left outside the software boundary, with the reason ISO/IEC 21031 asks for. Immutable. */
public record Exclusion(String component, String reason) {
    public Exclusion {
        Checks.present(component, "boundary.excluded[].component");
        Checks.present(reason, "boundary.excluded[].reason");
    }
}
