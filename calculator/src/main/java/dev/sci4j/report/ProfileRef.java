package dev.sci4j.report;

import dev.sci4j.units.Invariants;

/** The procurement profile a report was produced under, by id and revision. Immutable and thread-safe. */
public record ProfileRef(String id, int version) {
    public ProfileRef {
        Invariants.present(id, "profile.id");
    }
}
