package dev.sci4j.agent.units;

import dev.sci4j.agent.bootstrap.UnitCounters;
import dev.sci4j.measurement.Attribution;
import dev.sci4j.measurement.UnitSample;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the cumulative unit counters into one window's {@link UnitSample}s, on the sampler thread (where the
 * name lookups and allocation belong). Energy: each unit's CPU nanoseconds in the window × the window's process
 * active joules per process CPU nanosecond. If the units' CPU exceeds the process CPU of the window (a unit
 * that ran across windows reports all its CPU when it ends), their joules are scaled down to the process active
 * energy, so Σ units never exceeds the process energy and the rest is unattributed.
 *
 * <p>Units nested in others (see {@code UnitContext}) come out inside their outermost unit's sample
 * ({@link UnitSample#nested()}), with their own counts and with CPU time and joules that are part of their
 * parent's (the same joules per CPU nanosecond and scale): only the outermost units are summed against the
 * process.
 *
 * <p>With adaptive sampling it also sets each kind's CPU sampling period from the window's rate (completions
 * plus hand-overs per second), so that at least {@value Attribution#ADAPTIVE_MEASURED_PER_SECOND} units a
 * second keep being measured (see {@code UnitContext}); a window in which a kind did not run leaves its period
 * as it was. Not thread-safe: one sampler thread (callers synchronise).
 */
public final class UnitSampler {
    /** Largest sampling period: beyond ~1M units/s per kind the clock reads are negligible anyway. */
    static final int MAX_PERIOD = 4096;

    private final boolean adaptive;
    private static final int ALL_IDS = UnitCounters.MAX_UNITS + UnitCounters.MAX_NESTED;

    private final long[] ok = new long[ALL_IDS];
    private final long[] failed = new long[ALL_IDS];
    private final long[] continued = new long[UnitCounters.MAX_UNITS];
    private final long[] cpuNanos = new long[ALL_IDS];
    // One window's deltas, reused (12 KB a window otherwise): take writes every id it reads before reading it.
    private final long[] okDelta = new long[ALL_IDS];
    private final long[] failedDelta = new long[ALL_IDS];
    private final long[] cpuDelta = new long[ALL_IDS];

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
     * @return outermost units with any completion or CPU time in the window, or with such a unit nested in them,
     *     by name
     */
    public Map<String, UnitSample> take(double processActiveJoules, double processCpuSeconds, double windowSeconds) {
        int size = UnitCounters.size();
        int paths = UnitCounters.nestedSize(); // read after the kinds: a path's kind and parent are known
        long unitCpuNanos = 0;
        for (int id = 0; id < size; id++) {
            advanceAll(id, okDelta, failedDelta, cpuDelta);
            unitCpuNanos += cpuDelta[id];
            long starts = okDelta[id] + failedDelta[id] + advance(continued, id, UnitCounters.continuations(id));
            if (adaptive && windowSeconds > 0 && starts > 0) {
                // A window without units says nothing about the kind's rate: a service idle between bursts keeps
                // the period of its last burst instead of reading the clock for every unit at the next one.
                UnitCounters.sampleEvery(id, samplingPeriod(starts / windowSeconds));
            }
        }
        for (int id = UnitCounters.MAX_UNITS; id < UnitCounters.MAX_UNITS + paths; id++) {
            advanceAll(id, okDelta, failedDelta, cpuDelta);
        }
        double joulesPerNano = processCpuSeconds > 0 ? processActiveJoules / (processCpuSeconds * 1e9) : 0;
        double scale = unitCpuNanos * joulesPerNano > processActiveJoules && unitCpuNanos > 0
                ? processActiveJoules / (unitCpuNanos * joulesPerNano)
                : 1;
        double joulesPerDeltaNano = joulesPerNano * scale;
        // Paths are registered after their parents, so walking them backwards builds each one's nested units
        // before its parent needs them.
        Map<Integer, Map<String, UnitSample>> nestedOf = new HashMap<>();
        for (int id = UnitCounters.MAX_UNITS + paths - 1; id >= UnitCounters.MAX_UNITS; id--) {
            Map<String, UnitSample> inside = nestedOf.remove(id);
            if (active(id, okDelta, failedDelta, cpuDelta) || inside != null) {
                nestedOf.computeIfAbsent(UnitCounters.parentOf(id), k -> new LinkedHashMap<>())
                        .merge(
                                UnitCounters.name(UnitCounters.kindOf(id)),
                                sample(id, okDelta, failedDelta, cpuDelta, joulesPerDeltaNano, inside),
                                UnitSample::plus);
            }
        }
        Map<String, UnitSample> out = new LinkedHashMap<>();
        for (int id = 0; id < size; id++) {
            Map<String, UnitSample> inside = nestedOf.get(id);
            if (active(id, okDelta, failedDelta, cpuDelta) || inside != null) {
                out.merge(
                        UnitCounters.name(id),
                        sample(id, okDelta, failedDelta, cpuDelta, joulesPerDeltaNano, inside),
                        UnitSample::plus);
            }
        }
        return out;
    }

    private void advanceAll(int id, long[] okDelta, long[] failedDelta, long[] cpuDelta) {
        okDelta[id] = advance(ok, id, UnitCounters.ok(id));
        failedDelta[id] = advance(failed, id, UnitCounters.failed(id));
        cpuDelta[id] = advance(cpuNanos, id, UnitCounters.cpuNanos(id));
    }

    private static boolean active(int id, long[] okDelta, long[] failedDelta, long[] cpuDelta) {
        return okDelta[id] > 0 || failedDelta[id] > 0 || cpuDelta[id] > 0;
    }

    private static UnitSample sample(
            int id,
            long[] okDelta,
            long[] failedDelta,
            long[] cpuDelta,
            double joulesPerDeltaNano,
            Map<String, UnitSample> nested) {
        return new UnitSample(
                okDelta[id], failedDelta[id], cpuDelta[id] / 1e9, cpuDelta[id] * joulesPerDeltaNano, nested);
    }

    private static long advance(long[] previous, int id, long now) {
        long delta = Math.max(0, now - previous[id]);
        previous[id] = now;
        return delta;
    }
}
