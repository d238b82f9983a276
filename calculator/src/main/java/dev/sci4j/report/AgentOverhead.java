package dev.sci4j.report;

import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.units.Invariants;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The measuring agent's own cost, measured: its sampler's CPU time as a share of the process's CPU time over all
 * repetitions (from the measurement files), and the CPU time the agent adds per request as sci4j's benchmarks
 * measured it for the agent version(s) that wrote the files ({@link AgentBenchmarks}). Immutable and thread-safe.
 *
 * <p>Reports written before these figures existed have no {@code agentVersions}, {@code requestOverheadNs} nor
 * {@code requestOverheadSource} (all null) and may carry {@code statement}, the vendor's free text that
 * {@code agentOverheadStatement} once put there; new reports leave {@code statement} null.
 *
 * @param samplerCpuSeconds     the sampler thread's CPU time, summed over the files, in s
 * @param processCpuSeconds     the process's CPU time, summed over the files, in s
 * @param samplerCpuPercent     the first as a share of the second, in %
 * @param agentVersions         the agent versions the files name, in file order without repeats; null in old reports
 * @param requestOverheadNs     CPU time the agent adds to one request, in ns, the worst of {@code agentVersions};
 *                              null when one of them is not benchmarked (or in old reports)
 * @param requestOverheadSource where {@code requestOverheadNs} comes from, or why there is none ("not benchmarked")
 * @param statement             an old report's free-text statement; null in new reports
 */
public record AgentOverhead(
        double samplerCpuSeconds,
        double processCpuSeconds,
        double samplerCpuPercent,
        List<String> agentVersions,
        Double requestOverheadNs,
        String requestOverheadSource,
        String statement) {
    /** How {@link #requestOverheadSource} begins when an agent version has no bundled figures. */
    public static final String NOT_BENCHMARKED = "not benchmarked";

    public AgentOverhead {
        Invariants.nonNegative(samplerCpuSeconds, "agentOverhead.samplerCpuSeconds");
        Invariants.nonNegative(processCpuSeconds, "agentOverhead.processCpuSeconds");
        Invariants.between(samplerCpuPercent, 0, 100, "agentOverhead.samplerCpuPercent");
        agentVersions = agentVersions == null ? null : List.copyOf(agentVersions);
        if (requestOverheadNs != null) {
            Invariants.finite(requestOverheadNs, "agentOverhead.requestOverheadNs");
        }
    }

    /** The overhead of the agent that wrote {@code files}, with the per-request figure from {@code benchmarks}. */
    public static AgentOverhead measure(List<Measurement> files, AgentBenchmarks benchmarks) {
        double sampler = 0;
        double process = 0;
        List<String> versions = new ArrayList<>();
        for (Measurement m : files) {
            IntervalSample t = m.total().orElseThrow();
            sampler += t.samplerCpuSeconds();
            process += t.processCpuSeconds();
            if (!versions.contains(m.run().agentVersion())) {
                versions.add(m.run().agentVersion());
            }
        }
        double percent = samplerCpuPercent(sampler, process);
        Double worst = null;
        List<String> sources = new ArrayList<>();
        for (String v : versions) {
            Optional<AgentBenchmark> b = benchmarks.forVersion(v);
            if (b.isEmpty() || b.get().requestOverheadNs().isEmpty()) {
                return new AgentOverhead(
                        sampler,
                        process,
                        percent,
                        versions,
                        null,
                        NOT_BENCHMARKED + ": this sci4j bundles no per-request figures for agent version " + v,
                        null);
            }
            double ns = b.get().requestOverheadNs().getAsDouble();
            worst = worst == null ? ns : Math.max(worst, ns);
            sources.add(source(b.get()));
        }
        return new AgentOverhead(sampler, process, percent, versions, worst, String.join("; ", sources), null);
    }

    /** The sampler's share of the process's CPU time in % (0 when the process used none). */
    private static double samplerCpuPercent(double samplerCpuSeconds, double processCpuSeconds) {
        return processCpuSeconds == 0 ? 0 : Math.min(100, 100 * samplerCpuSeconds / processCpuSeconds);
    }

    /** Whether the report states the per-request figure as not benchmarked (false for old reports). */
    public boolean notBenchmarked() {
        return requestOverheadSource != null && requestOverheadSource.startsWith(NOT_BENCHMARKED);
    }

    private static String source(AgentBenchmark b) {
        return "agent " + b.agentVersion() + ": sci4j benchmarks/run.sh of " + b.generatedAt() + " on " + b.machine()
                + ", the example shop's CPU time per request: the median pair's ratio with / without the agent,"
                + " minus one, times the median without (0 when that pair had the agent cheaper)";
    }
}
