package dev.sci4j.measurement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Who pays for the machine's idle energy. Written to JSON as {@code none} or {@code reserved-cores}.
 */
public enum IdlePolicy {
    /** Idle energy is charged to nobody; the process gets only its share of active energy. The default. */
    NONE("none"),
    /**
     * The process holds {@code reservedCores} of the machine's logical cores (e.g. a dedicated VM or a CPU
     * request) and is charged {@code idle × reservedCores / logicalCores}.
     */
    RESERVED_CORES("reserved-cores");

    private final String id;

    IdlePolicy(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static IdlePolicy fromId(String id) {
        String wanted = Check.notNull(id, "idlePolicy").trim().toLowerCase(Locale.ROOT);
        for (IdlePolicy p : values()) {
            if (p.id.equals(wanted)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown idle policy '" + id + "' (expected none or reserved-cores)");
    }
}
