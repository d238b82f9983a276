package dev.sci4j.budget;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.sci4j.input.Checks;
import dev.sci4j.units.Invariants;

/**
 * One limit of a budget: a threshold in the unit its field names (gCO2e per unit, joules per unit, or
 * percent) and the {@link Level} at which a breach is reported. Immutable and thread-safe.
 *
 * @param value the threshold, at least zero
 * @param level error or warn
 */
public record Limit(double value, Level level) {

    public Limit {
        Invariants.nonNegative(value, "value");
        Invariants.present(level, "level");
    }

    @JsonCreator
    static Limit fromFile(@JsonProperty("value") Double value, @JsonProperty("level") String level) {
        return new Limit(Checks.present(value, "value"), Level.parse(level, "level (error or warn)"));
    }
}
