/**
 * The sci4j extension for the OpenTelemetry Java agent: local-root server spans and consumer spans
 * processing a message are the functional units ({@link dev.sci4j.agent.otel.UnitSpans}, {@link
 * dev.sci4j.agent.otel.LocalRootSpanUnits}), each thread's CPU time goes to the unit whose context is current
 * on it ({@link dev.sci4j.agent.otel.CpuFollowsContext}), and the agent core measures and exports the energy
 * ({@link dev.sci4j.agent.otel.Sci4jOtelExtension} starts it).
 */
package dev.sci4j.agent.otel;
