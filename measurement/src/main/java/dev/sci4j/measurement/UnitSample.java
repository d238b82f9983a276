package dev.sci4j.measurement;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Functional units of one kind within a sampling window: how many completed successfully ({@code okCount})
 * and how many failed ({@code failedCount}: an exception escaped, or an HTTP status of 500 or more), the
 * thread CPU time spent inside them ({@code cpuSeconds}, including work they handed to other threads), and
 * the process energy attributed to them ({@code joules}: that CPU time × the window's active joules per
 * process CPU second). Units are counted in the window in which they end.
 *
 * <p>{@code nested}: units of other kinds that ran inside these ones (e.g. {@code checkout} inside
 * {@code http POST /checkout}), by kind, each with its own nested units. Their counts are not these units'
 * counts, and their CPU time and joules are <em>part of</em> these units' ("of which"), never added to them.
 * Optional in the file (absent = none; files written before it existed read unchanged) and left out when empty.
 * Immutable and thread-safe.
 */
public final class UnitSample {
    private final long okCount;
    private final long failedCount;
    private final double cpuSeconds;
    private final double joules;

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final Map<String, UnitSample> nested;

    /** Units with nothing nested in them. */
    public UnitSample(long okCount, long failedCount, double cpuSeconds, double joules) {
        this(okCount, failedCount, cpuSeconds, joules, null);
    }

    /**
     * @param nested units that ran inside these, by kind (null or empty: none); part of these, not added to them
     */
    @JsonCreator
    public UnitSample(
            @JsonProperty("okCount") long okCount,
            @JsonProperty("failedCount") long failedCount,
            @JsonProperty("cpuSeconds") double cpuSeconds,
            @JsonProperty("joules") double joules,
            // optional: a missing 'nested' reads as none (MeasurementJson injects null for it)
            @JsonProperty("nested") @JacksonInject(value = NO_NESTED, useInput = OptBoolean.TRUE)
                    Map<String, UnitSample> nested) {
        this.okCount = Check.nonNegative(okCount, "units.okCount");
        this.failedCount = Check.nonNegative(failedCount, "units.failedCount");
        this.cpuSeconds = Check.nonNegative(cpuSeconds, "units.cpuSeconds");
        this.joules = Check.nonNegative(joules, "units.joules");
        this.nested = Check.sortedCopy(nested, "units.nested");
    }

    /** The injection key whose value (null) stands for an absent {@code nested} field. */
    static final String NO_NESTED = "dev.sci4j.measurement.UnitSample.noNested";

    /** Units that completed successfully. */
    public long okCount() {
        return okCount;
    }

    /** Units that failed (exception, or an HTTP status other than 2xx). */
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

    /** Units of other kinds that ran inside these, by kind; their CPU and joules are part of these units'. */
    public Map<String, UnitSample> nested() {
        return nested;
    }

    /** The sum of two samples of the same kind, nested units merged by kind. */
    public UnitSample plus(UnitSample other) {
        Map<String, UnitSample> merged = nested;
        if (!other.nested.isEmpty()) {
            Map<String, UnitSample> m = new HashMap<>(nested);
            other.nested.forEach((k, v) -> m.merge(k, v, UnitSample::plus));
            merged = Collections.unmodifiableMap(m);
        }
        return new UnitSample(
                okCount + other.okCount,
                failedCount + other.failedCount,
                cpuSeconds + other.cpuSeconds,
                joules + other.joules,
                merged);
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
                && Double.compare(joules, u.joules) == 0
                && nested.equals(u.nested);
    }

    @Override
    public int hashCode() {
        return Objects.hash(okCount, failedCount, cpuSeconds, joules, nested);
    }

    @Override
    public String toString() {
        return okCount + " ok, " + failedCount + " failed, " + cpuSeconds + " CPU s, " + joules + " J"
                + (nested.isEmpty() ? "" : ", of which " + nested);
    }
}
