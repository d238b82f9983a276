/**
 * Fleet-scale SCI: the energy and functional units of a service running as many JVM instances, read from the
 * counters the sci4j agent exports to Prometheus, per instance and summed, with the embodied share of the
 * hardware each instance runs on. Scores are composed by {@link dev.sci4j.score.Scoring}, like every other score.
 */
package dev.sci4j.fleet;
