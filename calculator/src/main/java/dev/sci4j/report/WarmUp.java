package dev.sci4j.report;

import dev.sci4j.input.InvalidInputException;
import dev.sci4j.measurement.AggregatedSamples;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.units.Numbers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Applies a profile's warm-up to a measurement file: the sampling windows that start in the first
 * {@code warmUpSeconds} of the run ({@code run.startedAt}) are left out of E, R and TiR. The calculator applies
 * it, so a warm-up is never taken on trust: a vendor runs longer instead. Stateless and thread-safe.
 */
public final class WarmUp {
    private WarmUp() {}

    /**
     * The file without its warm-up windows.
     *
     * @throws InvalidInputException when the agent merged windows across the end of the warm-up (they cannot be
     *                               split), or nothing was measured after it
     */
    public static Measurement exclude(Measurement m, double warmUpSeconds, String label) {
        if (warmUpSeconds <= 0) {
            return m;
        }
        Instant cutoff = m.run().startedAt().plus(Duration.ofNanos(Math.round(warmUpSeconds * 1e9)));
        AggregatedSamples aggregated = m.aggregated().orElse(null);
        if (aggregated != null) {
            IntervalSample merged = aggregated.total();
            if (!merged.end().isAfter(cutoff)) {
                aggregated = null;
            } else if (merged.start().isBefore(cutoff)) {
                throw new InvalidInputException(label + ": the agent merged sampling windows from " + merged.start()
                        + " to " + merged.end() + ", across the end of the " + Numbers.display(warmUpSeconds)
                        + " s warm-up, so the warm-up cannot be left out; keep more samples in the file"
                        + " (agent option samples.max) or measure a shorter run");
            }
        }
        List<IntervalSample> kept =
                m.samples().stream().filter(s -> !s.start().isBefore(cutoff)).toList();
        if (aggregated == null && kept.isEmpty()) {
            throw new InvalidInputException(
                    label + ": nothing was measured after the profile's warm-up of " + Numbers.display(warmUpSeconds)
                            + " s (the run started at " + m.run().startedAt() + "): measure longer");
        }
        return Measurement.of(m.run(), kept, aggregated, m.skippedIntervals());
    }
}
