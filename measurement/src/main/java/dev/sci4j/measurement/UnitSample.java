package dev.sci4j.measurement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Reserved for functional units (issue 4): within one interval, how many units of one kind completed
 * ({@code count}) and the process energy attributed to them ({@code joules}). The agent does not write
 * these yet. Immutable and thread-safe.
 */
public final class UnitSample {
    private final long count;
    private final double joules;

    @JsonCreator
    public UnitSample(@JsonProperty("count") long count, @JsonProperty("joules") double joules) {
        this.count = Check.nonNegative(count, "units.count");
        this.joules = Check.nonNegative(joules, "units.joules");
    }

    public long count() {
        return count;
    }

    /** Energy attributed to these units, joules. */
    public double joules() {
        return joules;
    }

    public UnitSample plus(UnitSample other) {
        return new UnitSample(count + other.count, joules + other.joules);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitSample && count == ((UnitSample) o).count
                && Double.compare(joules, ((UnitSample) o).joules) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(count, joules);
    }

    @Override
    public String toString() {
        return count + " units, " + joules + " J";
    }
}
