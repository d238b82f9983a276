package dev.sci4j.report;

import dev.sci4j.units.Invariants;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The overhead figures {@code benchmarks/run.sh} measured for one agent version, as bundled with the calculator
 * ({@link AgentBenchmarks}): when and where they were measured and the figures of {@code overhead.json} by name
 * (null when that run did not measure one). Immutable and thread-safe.
 *
 * @param agentVersion the {@code run.agentVersion} of the agent's measurement files
 * @param generatedAt  when the benchmark run ended (ISO-8601)
 * @param machine      the machine it ran on, in words
 * @param figures      {@code overhead.json}'s figures by name, in the units their names say
 */
public record AgentBenchmark(String agentVersion, String generatedAt, String machine, Map<String, Double> figures) {
    static final String CPU_PER_REQUEST_BASELINE = "cpuSecondsPerRequestBaseline";
    static final String CPU_PER_REQUEST_RATIO = "cpuPerRequestRatio";

    public AgentBenchmark {
        Invariants.present(agentVersion, "agentVersion");
        Invariants.present(generatedAt, "generatedAt");
        Invariants.present(machine, "machine");
        // Copied by hand: a figure may be null (not measured), which Map.copyOf refuses.
        figures = Collections.unmodifiableMap(new HashMap<>(Invariants.present(figures, "figures")));
        figures.forEach((name, value) -> {
            if (value != null) {
                Invariants.finite(value, name);
            }
        });
    }

    /**
     * The CPU time the agent adds to one HTTP request of a real service, in ns: the load benchmark's CPU per
     * request (the example shop, user + system from {@code /proc}), its median pair's ratio agent / baseline
     * minus one, times the baseline's median CPU per request. The run's own judge is that median pair, so the
     * report states the same cost; the difference of the two sides' medians, which this used before, can
     * disagree with it in sign when the pairs scatter around 1. A median pair below 1 (the agent's shop cheaper,
     * which is noise) states 0. Empty when that run did not measure both. It is the figure a report states because
     * CPU time is what the agent adds to the energy it reports; the JMH request-path figure
     * ({@code httpRequestOverheadNs}) measures wall time instead.
     */
    public OptionalDouble requestOverheadNs() {
        Double baseline = figures.get(CPU_PER_REQUEST_BASELINE);
        Double ratio = figures.get(CPU_PER_REQUEST_RATIO);
        if (baseline == null || ratio == null) {
            return OptionalDouble.empty();
        }
        // Rounded to whole ns: the arithmetic's binary residue (e.g. 16000.000000000002) is not a measurement.
        return OptionalDouble.of((double) Math.max(0, Math.round((ratio - 1) * baseline * 1e9)));
    }
}
