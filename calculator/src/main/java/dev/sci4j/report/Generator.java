package dev.sci4j.report;

import dev.sci4j.input.Checks;

/** The tool and version that wrote a report. Immutable and thread-safe. */
public record Generator(String name, String version) {
    public Generator {
        Checks.present(name, "generator.name");
        Checks.present(version, "generator.version");
    }
}
