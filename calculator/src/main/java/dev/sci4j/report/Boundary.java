package dev.sci4j.report;

import dev.sci4j.units.Invariants;
import java.util.List;

/** The software boundary: what is inside (at least one component) and what is left out, with reasons. Immutable. */
public record Boundary(List<Component> included, List<Exclusion> excluded) {
    public Boundary {
        included = Invariants.list(included, "boundary.included");
        excluded = Invariants.list(excluded, "boundary.excluded");
        if (included.isEmpty()) {
            throw new IllegalArgumentException("boundary.included must list at least one component");
        }
    }

    /** Whether a component of this name (case-insensitive) is inside the boundary. */
    public boolean includes(String component) {
        return included.stream().anyMatch(c -> c.component().equalsIgnoreCase(component));
    }
}
