package dev.sci4j.report;

import dev.sci4j.units.Invariants;

/** Who submits the report; {@code contact} may be null. Immutable and thread-safe. */
public record Vendor(String name, String contact) {
    public Vendor {
        Invariants.present(name, "vendor.name");
    }
}
