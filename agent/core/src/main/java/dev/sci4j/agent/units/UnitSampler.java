package dev.sci4j.agent.units;

import dev.sci4j.agent.bootstrap.UnitCounters;
import dev.sci4j.measurement.Attribution;
import dev.sci4j.measurement.UnitSample;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the cumulative unit counters into one window's {@link UnitSample}s, on the sampler thread (where the
 * name lookups and allocation belong). Energy: each unit's CPU nanoseconds in the window × the window's process
 * active joules per process CPU nanosecond. If the units' CPU exceeds the process CPU of the window (a unit
 * that ran across windows reports all its CPU when it ends), their joules are scaled down to the process active
 * energy, so Σ units never exceeds the process energy and the rest is unattributed.
 *
 * <p>With adaptive sampling it also sets each kind's CPU sampling period from the window's rate (completions
 * plus hand-overs per second), so that at least {@value Attribution#ADAPTIVE_MEASURED_PER_SECOND} units a
 * second keep being measured (see {@code UnitContext}). Not thread-safe: one sampler thread (callers
 * synchronise).
 */
public final class UnitSampler {
    /** Largest sampling period: beyond ~1M units/s per kind the clock reads are negligible anyway. */
    static final int MAX_PERIOD = 4096;

    private final boolean adaptive;
    private final long[] ok = new long[UnitCounters.MAX_UNITS];
    private final long[] failed = new long[UnitCounters.MAX_UNITS];
    private final long[] continued = new long[UnitCounters.MAX_UNITS];
    private final long[] cpuNanos = new long[UnitCounters.MAX_UNITS];

    /** @param adaptive sample frequent units' CPU time ({@code units.cpu.sampling=adaptive}), else read it for every unit */
    public UnitSampler(boolean adaptive) {
        this.adaptive = adaptive;
    }

    /** {@link Attribution#ADAPTIVE} or {@link Attribution#EVERY_UNIT}, for the measurement file. */
    public String sampling() {
        return adaptive ? Attribution.ADAPTIVE : Attribution.EVERY_UNIT;
    }

    /**
     * The sampling period for a kind running {@code unitsPerSecond}: 1 up to the measured rate, else the largest
     * power of two (at most {@value #MAX_PERIOD}) that still leaves that many units a second measured.
     */
    static int samplingPeriod(double unitsPerSecond) {
        double ratio = unitsPerSecond / Attribution.ADAPTIVE_MEASURED_PER_SECOND;
        return ratio >= 2 ? Integer.highestOneBit((int) Math.min(MAX_PERIOD, ratio)) : 1;
    }

    /**
     * @param processActiveJoules the process's active energy of the window, J
     * @param processCpuSeconds   the process's CPU time in the window, s
     * @param windowSeconds       the window's length, s (for the units' rates)
     * @return units with any completion or CPU time in the window, by name
     */
    public Map<String, UnitSample> take(double processActiveJoules, double processCpuSeconds, double windowSeconds) {
        int size = UnitCounters.size();
        long[] okDelta = new long[size];
        long[] failedDelta = new long[size];
        long[] cpuDelta = new long[size];
        long unitCpuNanos = 0;
        for (int id = 0; id < size; id++) {
            okDelta[id] = advance(ok, id, UnitCounters.ok(id));
            failedDelta[id] = advance(failed, id, UnitCounters.failed(id));
            cpuDelta[id] = advance(cpuNanos, id, UnitCounters.cpuNanos(id));
            unitCpuNanos += cpuDelta[id];
            long starts = okDelta[id] + failedDelta[id] + advance(continued, id, UnitCounters.continuations(id));
            if (adaptive && windowSeconds > 0) {
                UnitCounters.sampleEvery(id, samplingPeriod(starts / windowSeconds));
            }
        }
        double joulesPerNano = processCpuSeconds > 0 ? processActiveJoules / (processCpuSeconds * 1e9) : 0;
        double scale = unitCpuNanos * joulesPerNano > processActiveJoules && unitCpuNanos > 0
                ? processActiveJoules / (unitCpuNanos * joulesPerNano)
                : 1;
        Map<String, UnitSample> out = new LinkedHashMap<>();
        for (int id = 0; id < size; id++) {
            if (okDelta[id] > 0 || failedDelta[id] > 0 || cpuDelta[id] > 0) {
                out.merge(
                        UnitCounters.name(id),
                        new UnitSample(
                                okDelta[id], failedDelta[id], cpuDelta[id] / 1e9, cpuDelta[id] * joulesPerNano * scale),
                        UnitSample::plus);
            }
        }
        return out;
    }

    private static long advance(long[] previous, int id, long now) {
        long delta = Math.max(0, now - previous[id]);
        previous[id] = now;
        return delta;
    }
}
