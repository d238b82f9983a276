package dev.sci4j.measurement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.sci4j.rules.id.Identified;
import dev.sci4j.rules.id.Ids;

/**
 * Who pays for the machine's idle energy. Written to JSON as {@code none} or {@code reserved-cores}.
 */
public enum IdlePolicy implements Identified {
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

    /** The lower-case identifier used in files and configuration. */
    @JsonValue
    @Override
    public String id() {
        return id;
    }

    /** Parses {@code none} or {@code reserved-cores} (case-insensitive; see {@link Ids}). */
    @JsonCreator
    public static IdlePolicy fromId(String id) {
        return Ids.parse(IdlePolicy.class, Check.notNull(id, "idlePolicy"), "idlePolicy");
    }
}
