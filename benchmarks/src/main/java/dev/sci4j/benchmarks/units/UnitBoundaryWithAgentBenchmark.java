package dev.sci4j.benchmarks.units;

import org.openjdk.jmh.annotations.Fork;

/**
 * {@link UnitBoundaryBenchmark}'s methods in forks with the agent attached (run from the repository root, as
 * {@code benchmarks/run.sh} does, so the relative agent path resolves). HTTP units are off: none are used.
 */
@Fork(
        value = 1,
        jvmArgsAppend =
                "-javaagent:agent/target/sci4j-agent.jar=output=benchmarks/target/unit-boundary-measurement.json;units.http=false")
public class UnitBoundaryWithAgentBenchmark extends UnitBoundaryBenchmark {}
