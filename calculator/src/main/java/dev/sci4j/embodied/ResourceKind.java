package dev.sci4j.embodied;

import dev.sci4j.input.Labelled;

/**
 * What RR and ToR of an {@link EmbodiedShare} count, carried beside the share so a report can disclose it
 * (the SCI guide's cloud default is vCPUs: RR = the instance's vCPUs, ToR = the vCPUs of the largest instance
 * in its family). Immutable and thread-safe.
 */
public enum ResourceKind implements Labelled {
    VCPU("vcpu"),
    CORE("core"),
    MEMORY_GB("memory-gb");

    private final String id;

    ResourceKind(String id) {
        this.id = id;
    }

    /** The name users write, e.g. {@code memory-gb}. */
    @Override
    public String id() {
        return id;
    }

    /** Parses a user-written name, ignoring case and surrounding blanks. */
    public static ResourceKind parse(String text) {
        return Labelled.parse(ResourceKind.class, text, "resource kind");
    }

    @Override
    public String toString() {
        return id;
    }
}
