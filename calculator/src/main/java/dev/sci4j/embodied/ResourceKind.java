package dev.sci4j.embodied;

import dev.sci4j.input.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What RR and ToR of an {@link EmbodiedShare} count, carried beside the share so a report can disclose it
 * (the SCI guide's cloud default is vCPUs: RR = the instance's vCPUs, ToR = the vCPUs of the largest instance
 * in its family). Immutable and thread-safe.
 */
public enum ResourceKind {
    VCPU("vcpu"),
    CORE("core"),
    MEMORY_GB("memory-gb");

    private final String label;

    ResourceKind(String label) {
        this.label = label;
    }

    /** The name users write, e.g. {@code memory-gb}. */
    public String label() {
        return label;
    }

    /** Parses a user-written name, ignoring case and surrounding blanks. */
    public static ResourceKind parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("resource kind is missing: write one of " + labels());
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (ResourceKind value : values()) {
            if (value.label.equals(wanted)) {
                return value;
            }
        }
        throw new InvalidInputException("resource kind '" + text + "' is unknown: write one of " + labels());
    }

    private static String labels() {
        return Arrays.stream(values()).map(ResourceKind::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label;
    }
}
