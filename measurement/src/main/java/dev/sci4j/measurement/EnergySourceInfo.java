package dev.sci4j.measurement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Provenance of the machine energy: JSON object {@code run.energySource} with {@code kind},
 * {@code detail} (free text: zones read, model parameters, file path) and {@code accuracyClass}.
 * Immutable and thread-safe.
 */
public final class EnergySourceInfo {
    private final EnergySourceKind kind;
    private final String detail;
    private final AccuracyClass accuracyClass;

    @JsonCreator
    public EnergySourceInfo(
            @JsonProperty("kind") EnergySourceKind kind,
            @JsonProperty("detail") String detail,
            @JsonProperty("accuracyClass") AccuracyClass accuracyClass) {
        this.kind = Check.notNull(kind, "energySource.kind");
        this.detail = detail == null ? "" : detail;
        this.accuracyClass = Check.notNull(accuracyClass, "energySource.accuracyClass");
    }

    public EnergySourceKind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }

    public AccuracyClass accuracyClass() {
        return accuracyClass;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EnergySourceInfo)) {
            return false;
        }
        EnergySourceInfo other = (EnergySourceInfo) o;
        return kind == other.kind && detail.equals(other.detail) && accuracyClass == other.accuracyClass;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, detail, accuracyClass);
    }

    @Override
    public String toString() {
        return kind.id() + " (class " + accuracyClass + ", ±" + Math.round(accuracyClass.relativeUncertainty() * 100)
                + " %): " + detail;
    }
}
