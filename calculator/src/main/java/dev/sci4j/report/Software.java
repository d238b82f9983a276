package dev.sci4j.report;

import dev.sci4j.input.Checks;

/** The software the report is about. Immutable and thread-safe. */
public record Software(String name, String version) {
    public Software {
        Checks.present(name, "software.name");
        Checks.present(version, "software.version");
    }
}
