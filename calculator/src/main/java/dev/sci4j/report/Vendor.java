package dev.sci4j.report;

import dev.sci4j.input.Checks;

/** Who submits the report; {@code contact} may be null. Immutable and thread-safe. */
public record Vendor(String name, String contact) {
    public Vendor {
        Checks.present(name, "vendor.name");
    }
}
