package dev.sci4j.report;

import dev.sci4j.units.Invariants;

/**
 * A component inside the software boundary and how its energy is quantified (ISO/IEC 21031 step 3): by
 * {@code measurement} (real-world energy over a period) or {@code calculation} (a model). {@code detail} may
 * be null. Immutable and thread-safe.
 */
public record Component(String component, String method, String detail) {
    public Component {
        Invariants.present(component, "boundary.included[].component");
        Invariants.present(method, "boundary.included[].method");
        if (!method.equals("measurement") && !method.equals("calculation")) {
            throw new IllegalArgumentException(
                    "boundary.included[].method must be measurement or calculation, got '" + method + "'");
        }
    }
}
