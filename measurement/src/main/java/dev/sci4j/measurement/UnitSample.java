package dev.sci4j.measurement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Functional units of one kind within a sampling window: how many completed successfully ({@code okCount})
 * and how many failed ({@code failedCount}: an exception escaped, or an HTTP status of 500 or more), the
 * thread CPU time spent inside them ({@code cpuSeconds}, including work they handed to other threads), and
 * the process energy attributed to them ({@code joules}: that CPU time × the window's active joules per
 * process CPU second). Units are counted in the window in which they end. Immutable and thread-safe.
 */
public final class UnitSample {
    private final long okCount;
    private final long failedCount;
    private final double cpuSeconds;
    private final double joules;

    @JsonCreator
    public UnitSample(
            @JsonProperty("okCount") long okCount,
            @JsonProperty("failedCount") long failedCount,
            @JsonProperty("cpuSeconds") double cpuSeconds,
            @JsonProperty("joules") double joules) {
        this.okCount = Check.nonNegative(okCount, "units.okCount");
        this.failedCount = Check.nonNegative(failedCount, "units.failedCount");
        this.cpuSeconds = Check.nonNegative(cpuSeconds, "units.cpuSeconds");
        this.joules = Check.nonNegative(joules, "units.joules");
    }

    /** Units that completed successfully. */
    public long okCount() {
        return okCount;
    }

    /** Units that failed (exception, or HTTP status ≥ 500). */
    public long failedCount() {
        return failedCount;
    }

    /** All units that completed, successful or not. */
    public long count() {
        return okCount + failedCount;
    }

    /** Thread CPU time attributed to these units, seconds. */
    public double cpuSeconds() {
        return cpuSeconds;
    }

    /** Energy attributed to these units, joules. */
    public double joules() {
        return joules;
    }

    public UnitSample plus(UnitSample other) {
        return new UnitSample(
                okCount + other.okCount,
                failedCount + other.failedCount,
                cpuSeconds + other.cpuSeconds,
                joules + other.joules);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof UnitSample)) {
            return false;
        }
        UnitSample u = (UnitSample) o;
        return okCount == u.okCount
                && failedCount == u.failedCount
                && Double.compare(cpuSeconds, u.cpuSeconds) == 0
                && Double.compare(joules, u.joules) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(okCount, failedCount, cpuSeconds, joules);
    }

    @Override
    public String toString() {
        return okCount + " ok, " + failedCount + " failed, " + cpuSeconds + " CPU s, " + joules + " J";
    }
}
