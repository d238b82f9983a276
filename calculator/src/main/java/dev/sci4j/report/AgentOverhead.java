package dev.sci4j.report;

import dev.sci4j.units.Invariants;

/**
 * The measuring agent's own cost: its sampler's CPU time as a share of the process's CPU time over all
 * repetitions (measured, from the files), and the vendor's statement of the agent's overhead when available
 * (e.g. from the agent's benchmarks; null when none). Immutable and thread-safe.
 */
public record AgentOverhead(
        double samplerCpuSeconds, double processCpuSeconds, double samplerCpuPercent, String statement) {
    public AgentOverhead {
        Invariants.nonNegative(samplerCpuSeconds, "agentOverhead.samplerCpuSeconds");
        Invariants.nonNegative(processCpuSeconds, "agentOverhead.processCpuSeconds");
        Invariants.between(samplerCpuPercent, 0, 100, "agentOverhead.samplerCpuPercent");
    }
}
