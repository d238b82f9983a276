package dev.sci4j.benchmarks.http;

import org.openjdk.jmh.annotations.Fork;

/**
 * {@link HttpRequestBenchmark}'s requests in forks with the agent attached and its defaults (HTTP units on, CPU
 * attribution adaptive), run from the repository root as {@code benchmarks/run.sh} does.
 */
@Fork(
        value = 1,
        jvmArgsAppend = {
            HttpRequestBenchmark.NO_DELAY,
            "-javaagent:agent/target/sci4j-agent.jar=output=benchmarks/target/http-request-measurement.json"
        })
public class HttpRequestWithAgentBenchmark extends HttpRequestBenchmark {}
