package dev.sci4j.score;

import dev.sci4j.grid.EnergyInterval;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.UnitSample;
import dev.sci4j.units.Energy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The functional units in measurement files, with the whole process energy divided among them. The agent
 * attributes to units only the active energy their thread CPU time explains; the rest (idle and memory shares,
 * GC, JIT, the agent itself, units on virtual threads whose CPU time could not be read) is {@code unattributed}.
 * SCI needs all of E, so the unattributed energy is shared among the outermost kinds in proportion to their
 * attributed energy (by count if no unit has any energy, and the output then says so: {@link #sharing()}):
 * Σ outermost kinds = the process energy.
 *
 * <p>A unit nested in another (e.g. {@code checkout} inside {@code http POST /checkout}) is part of it: its
 * energy is the same proportion of the process energy as its attributed energy is of the outermost units'
 * (its attributed energy + a share of the unattributed in that proportion), so it is "of which" its parent's,
 * never added to the total. Immutable.
 *
 * @param units              outermost units by kind, sorted by name
 * @param nested             nested units by nesting path, in the order of a walk of the tree (parents first)
 * @param unattributedJoules process energy no unit took, J (shared out as above)
 * @param processJoules      all process energy, J
 * @param agentOwnKinds      kinds that are the agent's own endpoint (its Prometheus scrapes, counted by agents
 *                           before they left themselves out), not application units
 * @param runWarnings        what the agents said they could not measure (the files' {@code run.warnings}), each
 *                           once
 * @param gpuUnitKinds       kinds the agents gave all GPU energy to ({@code gpu.units}): their attributed energy
 *                           is GPU energy, not their CPU time
 */
public record MeasuredUnits(
        List<UnitEnergy> units,
        List<NestedUnit> nested,
        double unattributedJoules,
        double processJoules,
        Set<String> agentOwnKinds,
        List<String> runWarnings,
        Set<String> gpuUnitKinds) {
    /** How the unattributed energy and M are divided, as the output states it. */
    public static final String SHARING = "each kind's E = its CPU-attributed energy + a share of the unattributed"
            + " process energy in proportion to its attributed energy; M is shared in the same proportion";

    /** How the energy was divided when no outermost unit had any CPU-attributed energy, as the output states it. */
    public static final String SHARING_BY_COUNT = "no unit got CPU-attributed energy (their CPU time was not"
            + " measured), so the process energy was split among the kinds by their unit counts, not by their work;"
            + " M is shared in the same proportion";

    /** What a nested unit is, as the output states it. */
    public static final String NESTING = "an 'of which' unit ran inside its parent: its energy and M are part of"
            + " the parent's, never added to them; its R is its own successful units; overall R counts outermost"
            + " units only";

    /** The unit the agent's own Prometheus endpoint was counted as (before it left itself out). */
    static final String AGENT_ENDPOINT_UNIT = "http GET /metrics";

    /** The agent option naming the unit kind that takes all GPU energy, as the files' configuration holds it. */
    static final String GPU_UNITS = "gpu.units";

    private static final Comparator<List<String>> PATH_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    /**
     * A unit kind that ran inside another.
     *
     * @param parents the kinds around it, outermost first; the last is its parent
     * @param energy  its counts and energy (part of its parent's)
     */
    public record NestedUnit(List<String> parents, UnitEnergy energy) {
        public NestedUnit {
            parents = List.copyOf(parents);
            if (parents.isEmpty()) {
                throw new IllegalArgumentException("a nested unit needs a parent");
            }
        }

        /** The kind it ran inside. */
        public String parent() {
            return parents.get(parents.size() - 1);
        }
    }

    public MeasuredUnits {
        units = List.copyOf(units);
        nested = List.copyOf(nested);
        agentOwnKinds = Set.copyOf(agentOwnKinds);
        runWarnings = List.copyOf(runWarnings);
        gpuUnitKinds = Set.copyOf(gpuUnitKinds);
    }

    /** How the energy was really divided: {@link #SHARING}, or {@link #SHARING_BY_COUNT} when no unit had any. */
    public String sharing() {
        return byCount() ? SHARING_BY_COUNT : SHARING;
    }

    /** Whether the energy was split by unit counts: no outermost unit had CPU-attributed energy. */
    public boolean byCount() {
        return units.stream().mapToDouble(UnitEnergy::attributedJoules).sum() <= 0;
    }

    /** Reads the units of the files; none at all is an error naming what to do. */
    static MeasuredUnits read(List<Path> files) {
        Map<List<String>, long[]> counts = new TreeMap<>(PATH_ORDER);
        Map<List<String>, List<double[]>> perWindow = new TreeMap<>(PATH_ORDER);
        List<IntervalSample> windows = new ArrayList<>();
        Set<String> agentOwn = new TreeSet<>();
        Set<String> runWarnings = new LinkedHashSet<>();
        Set<String> gpuUnits = new TreeSet<>();
        for (Path file : files) {
            Measurement m = MeasurementInput.load(file);
            runWarnings.addAll(m.run().warnings());
            String gpuUnit = m.run().configuration().get(GPU_UNITS);
            if (gpuUnit != null && m.run().gpu().isPresent()) {
                gpuUnits.add(gpuUnit);
            }
            if (m.run().configuration().containsKey("prometheus.port")) {
                agentOwn.add(AGENT_ENDPOINT_UNIT);
            }
            m.aggregated().ifPresent(a -> windows.add(a.total()));
            windows.addAll(m.samples());
        }
        double unattributed = 0;
        double process = 0;
        for (int w = 0; w < windows.size(); w++) {
            IntervalSample s = windows.get(w);
            unattributed += s.unattributedJoules();
            process += s.processTotalJoules();
            collect(List.of(), s.units(), w, counts, perWindow);
        }
        if (counts.isEmpty()) {
            throw new InvalidInputException(
                    String.join(", ", files.stream().map(Path::toString).toList())
                            + ": the measurement holds no functional-unit counts; give --units R, or run the agent with units"
                            + " declared (HTTP entry points are counted by default)");
        }
        agentOwn.retainAll(counts.keySet().stream()
                .filter(p -> p.size() == 1)
                .map(p -> p.get(0))
                .toList());
        return share(counts, perWindow, windows, unattributed, process, agentOwn, List.copyOf(runWarnings))
                .withGpuUnitKinds(gpuUnits);
    }

    /** Adds the units of one window, and those nested in them, under their paths. */
    private static void collect(
            List<String> parents,
            Map<String, UnitSample> units,
            int window,
            Map<List<String>, long[]> counts,
            Map<List<String>, List<double[]>> perWindow) {
        for (Map.Entry<String, UnitSample> e : units.entrySet()) {
            List<String> path = new ArrayList<>(parents);
            path.add(e.getKey());
            UnitSample u = e.getValue();
            long[] c = counts.computeIfAbsent(path, k -> new long[2]);
            c[0] += u.okCount();
            c[1] += u.failedCount();
            perWindow.computeIfAbsent(path, k -> new ArrayList<>()).add(new double[] {window, u.joules()});
            collect(path, u.nested(), window, counts, perWindow);
        }
    }

    private static MeasuredUnits share(
            Map<List<String>, long[]> counts,
            Map<List<String>, List<double[]>> perWindow,
            List<IntervalSample> windows,
            double unattributed,
            double process,
            Set<String> agentOwn,
            List<String> runWarnings) {
        Map<List<String>, Double> attributed = new LinkedHashMap<>();
        double attributedTotal = 0;
        long countTotal = 0;
        for (List<String> path : counts.keySet()) {
            double a = perWindow.get(path).stream().mapToDouble(p -> p[1]).sum();
            attributed.put(path, a);
            if (path.size() == 1) {
                attributedTotal += a;
                countTotal += counts.get(path)[0] + counts.get(path)[1];
            }
        }
        List<UnitEnergy> out = new ArrayList<>();
        List<NestedUnit> nested = new ArrayList<>();
        for (List<String> path : counts.keySet()) {
            long[] c = counts.get(path);
            boolean outermost = path.size() == 1;
            double share = attributedTotal > 0
                    ? attributed.get(path) / attributedTotal
                    : outermost ? (double) (c[0] + c[1]) / countTotal : 0; // nested: part of the parent, unknown
            UnitEnergy u = new UnitEnergy(
                    path.get(path.size() - 1),
                    c[0],
                    c[1],
                    attributed.get(path),
                    unattributed * share,
                    intervals(windows, perWindow.get(path), share));
            if (outermost) {
                out.add(u);
            } else {
                nested.add(new NestedUnit(path.subList(0, path.size() - 1), u));
            }
        }
        return new MeasuredUnits(out, nested, unattributed, process, agentOwn, runWarnings, Set.of());
    }

    private MeasuredUnits withGpuUnitKinds(Set<String> kinds) {
        return new MeasuredUnits(units, nested, unattributedJoules, processJoules, agentOwnKinds, runWarnings, kinds);
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

    /** Σ okCount over the outermost kinds: R of the overall score. */
    public long okTotal() {
        return units.stream().mapToLong(UnitEnergy::okCount).sum();
    }

    /** Σ count (successful and failed) over the outermost kinds. */
    public long countTotal() {
        return units.stream().mapToLong(UnitEnergy::count).sum();
    }
}
