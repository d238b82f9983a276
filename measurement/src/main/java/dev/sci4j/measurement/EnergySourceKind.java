package dev.sci4j.measurement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.sci4j.rules.id.Identified;
import dev.sci4j.rules.id.Ids;

/**
 * Where the machine energy in a measurement came from. Written to JSON as its {@link #id()}
 * ({@code rapl}, {@code host-file}, {@code model}, {@code constant}).
 */
public enum EnergySourceKind implements Identified {
    /** Intel/AMD RAPL counters read through Linux powercap ({@code /sys/class/powercap}). */
    RAPL("rapl"),
    /** A file written by the host or hypervisor for this VM (watts or cumulative joules). */
    HOST_FILE("host-file"),
    /** A utilisation model: host CPU utilisation × a TDP curve or per-vCPU watts, plus memory W/GB. */
    MODEL("model"),
    /** A fixed power draw, the last resort. */
    CONSTANT("constant");

    private final String id;

    EnergySourceKind(String id) {
        this.id = id;
    }

    /** The lower-case identifier used in files and configuration. */
    @JsonValue
    @Override
    public String id() {
        return id;
    }

    /** Parses an identifier such as {@code host-file} (case-insensitive; see {@link Ids}). */
    @JsonCreator
    public static EnergySourceKind fromId(String id) {
        return Ids.parse(EnergySourceKind.class, Check.notNull(id, "energySource.kind"), "energySource.kind");
    }
}
