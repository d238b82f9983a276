package dev.sci4j.report;

import dev.sci4j.units.Invariants;

/** The software the report is about. Immutable and thread-safe. */
public record Software(String name, String version) {
    public Software {
        Invariants.present(name, "software.name");
        Invariants.present(version, "software.version");
    }
}
