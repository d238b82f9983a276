/**
 * A small client for the Prometheus HTTP query API ({@code /api/v1/query_range}), as Prometheus, Thanos, Mimir
 * and VictoriaMetrics serve it, and counter arithmetic done on raw values: the increase of a counter over each
 * step of a grid, with resets (a restarted process) and series that begin inside the window counted from zero.
 * Nothing here knows about SCI; {@code dev.sci4j.fleet} turns the increases into energy and functional units.
 */
package dev.sci4j.prometheus;
