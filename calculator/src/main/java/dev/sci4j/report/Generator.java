package dev.sci4j.report;

import dev.sci4j.units.Invariants;

/** The tool and version that wrote a report. Immutable and thread-safe. */
public record Generator(String name, String version) {
    public Generator {
        Invariants.present(name, "generator.name");
        Invariants.present(version, "generator.version");
    }
}
