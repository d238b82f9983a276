package dev.sci4j.score;

import dev.sci4j.grid.EnergyInterval;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.UnitSample;
import dev.sci4j.units.Energy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The functional units in measurement files, with the whole process energy divided among them. The agent
 * attributes to units only the active energy their thread CPU time explains; the rest (idle and memory shares,
 * GC, JIT, the agent itself, virtual threads) is {@code unattributed}. SCI needs all of E, so the unattributed
 * energy is shared among the kinds in proportion to their attributed energy (by count if no unit has any
 * energy): Σ kinds = the process energy. Immutable.
 *
 * @param units            by kind, sorted by name
 * @param unattributedJoules process energy no unit took, J (shared out as above)
 * @param processJoules    all process energy, J
 */
public record MeasuredUnits(List<UnitEnergy> units, double unattributedJoules, double processJoules) {
    /** How the unattributed energy and M are divided, as the output states it. */
    public static final String SHARING = "each kind's E = its CPU-attributed energy + a share of the unattributed"
            + " process energy in proportion to its attributed energy; M is shared in the same proportion";

    public MeasuredUnits {
        units = List.copyOf(units);
    }

    /** Reads the units of the files; none at all is an error naming what to do. */
    static MeasuredUnits read(List<Path> files) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, List<double[]>> perWindow = new TreeMap<>();
        List<IntervalSample> windows = new ArrayList<>();
        for (Path file : files) {
            Measurement m = MeasurementInput.load(file);
            m.aggregated().ifPresent(a -> windows.add(a.total()));
            windows.addAll(m.samples());
        }
        double unattributed = 0;
        double process = 0;
        for (int w = 0; w < windows.size(); w++) {
            IntervalSample s = windows.get(w);
            unattributed += s.unattributedJoules();
            process += s.processTotalJoules();
            for (Map.Entry<String, UnitSample> e : s.units().entrySet()) {
                long[] c = counts.computeIfAbsent(e.getKey(), k -> new long[2]);
                c[0] += e.getValue().okCount();
                c[1] += e.getValue().failedCount();
                perWindow
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(new double[] {w, e.getValue().joules()});
            }
        }
        if (counts.isEmpty()) {
            throw new InvalidInputException(
                    String.join(", ", files.stream().map(Path::toString).toList())
                            + ": the measurement holds no functional-unit counts; give --units R, or run the agent with units"
                            + " declared (HTTP entry points are counted by default)");
        }
        return share(counts, perWindow, windows, unattributed, process);
    }

    private static MeasuredUnits share(
            Map<String, long[]> counts,
            Map<String, List<double[]>> perWindow,
            List<IntervalSample> windows,
            double unattributed,
            double process) {
        Map<String, Double> attributed = new LinkedHashMap<>();
        double attributedTotal = 0;
        long countTotal = 0;
        for (String name : counts.keySet()) {
            double a = perWindow.get(name).stream().mapToDouble(p -> p[1]).sum();
            attributed.put(name, a);
            attributedTotal += a;
            countTotal += counts.get(name)[0] + counts.get(name)[1];
        }
        List<UnitEnergy> out = new ArrayList<>();
        for (String name : counts.keySet()) {
            long[] c = counts.get(name);
            double share =
                    attributedTotal > 0 ? attributed.get(name) / attributedTotal : (double) (c[0] + c[1]) / countTotal;
            out.add(new UnitEnergy(
                    name,
                    c[0],
                    c[1],
                    attributed.get(name),
                    unattributed * share,
                    intervals(windows, perWindow.get(name), share)));
        }
        return new MeasuredUnits(out, unattributed, process);
    }

    /** Per window: the kind's attributed joules plus its share of that window's unattributed joules. */
    private static List<EnergyInterval> intervals(List<IntervalSample> windows, List<double[]> own, double share) {
        double[] joules = new double[windows.size()];
        for (double[] p : own) {
            joules[(int) p[0]] += p[1];
        }
        List<EnergyInterval> out = new ArrayList<>();
        for (int w = 0; w < windows.size(); w++) {
            IntervalSample s = windows.get(w);
            out.add(new EnergyInterval(
                    s.start(), s.end(), Energy.ofJoules(joules[w] + s.unattributedJoules() * share)));
        }
        return out;
    }

    /** Σ okCount over kinds: R of the overall score. */
    public long okTotal() {
        return units.stream().mapToLong(UnitEnergy::okCount).sum();
    }
}
