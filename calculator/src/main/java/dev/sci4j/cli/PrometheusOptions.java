package dev.sci4j.cli;

import dev.sci4j.fleet.FleetSource;
import dev.sci4j.fleet.HardwareMap;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.prometheus.HttpPrometheusApi;
import dev.sci4j.prometheus.PrometheusApi;
import dev.sci4j.prometheus.RangeGrid;
import dev.sci4j.prometheus.Selector;
import dev.sci4j.units.Durations;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/**
 * E (and R) of a fleet of JVMs from Prometheus: the third way to give E to {@code sci4j score}, beside a
 * declared figure and measurement files. Not thread-safe (picocli fills it).
 */
final class PrometheusOptions {
    private static final Duration DEFAULT_STEP = Duration.ofMinutes(5);

    @Option(
            names = "--prometheus",
            required = true,
            paramLabel = "URL",
            description =
                    "A Prometheus HTTP API (Prometheus, Thanos, Mimir, VictoriaMetrics) scraping the sci4j agent, e.g. http://localhost:9090.")
    String url;

    @Option(
            names = "--selector",
            paramLabel = "MATCHERS",
            defaultValue = "{}",
            description =
                    "Label matchers picking the service, merged into every query, e.g. {job=\"shop\"} (default: all).")
    String selector;

    @Option(
            names = "--window",
            required = true,
            paramLabel = "DUR",
            description = "The window ending at --end, e.g. 1h, 30min.")
    String window;

    @Option(
            names = "--step",
            paramLabel = "DUR",
            description =
                    "Step of the range queries; must divide the window; energy is aligned with a grid series per step (default: 5min, or the window when shorter).")
    String step;

    @Option(
            names = "--end",
            paramLabel = "TIME",
            description = "The window's end, ISO-8601 such as 2024-06-01T12:00:00Z (default: now).")
    String end;

    @Option(
            names = "--hardware-map",
            paramLabel = "FILE",
            description =
                    "YAML mapping each instance (or --hardware-label value) to its hardware or TE, for M per instance; see deploy/README.md.")
    Path hardwareMap;

    @Option(
            names = "--hardware-label",
            paramLabel = "LABEL",
            description =
                    "A label on the agent's series naming the hardware (e.g. node_type), looked up in --hardware-map instead of the instance.")
    String hardwareLabel;

    @Option(
            names = "--prometheus-timeout",
            paramLabel = "DUR",
            defaultValue = "30s",
            description = "Timeout for connecting and for each query (default: ${DEFAULT-VALUE}).")
    String timeout;

    /** The fleet these options select; without --end the window ends at the last whole step before {@code clock}'s now. */
    FleetSource source(Clock clock) {
        return source(HttpPrometheusApi.of(url, Durations.parse(timeout, "--prometheus-timeout")), clock);
    }

    FleetSource source(PrometheusApi api, Clock clock) {
        if (hardwareLabel != null && hardwareMap == null) {
            throw new InvalidInputException("--hardware-label needs --hardware-map to look its values up in");
        }
        Duration windowDuration = Durations.parse(window, "--window");
        Duration stepDuration = step != null
                ? Durations.parse(step, "--step")
                : windowDuration.compareTo(DEFAULT_STEP) < 0 ? windowDuration : DEFAULT_STEP;
        RangeGrid.problem(windowDuration, stepDuration, "--window", "--step").ifPresent(problem -> {
            throw new InvalidInputException(problem);
        });
        RangeGrid grid = RangeGrid.ending(end(stepDuration, clock), windowDuration, stepDuration);
        return new FleetSource(api, Selector.parse(selector), grid, hardwareLabel);
    }

    HardwareMap hardware() {
        return hardwareMap == null ? null : HardwareMap.read(hardwareMap);
    }

    /** Without --end, the last whole step before now: VictoriaMetrics aligns range queries to the step anyway. */
    private Instant end(Duration stepDuration, Clock clock) {
        if (end == null) {
            long stepNanos = Math.max(1, stepDuration.toNanos());
            Instant now = clock.instant();
            long nowNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
            return Instant.ofEpochSecond(0, nowNanos - Math.floorMod(nowNanos, stepNanos));
        }
        try {
            return Instant.parse(end.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("--end '" + end + "' is not an ISO-8601 time such as 2024-06-01T12:00:00Z");
        }
    }
}
