package dev.sci4j.power;

import dev.sci4j.units.Invariants;

/** The one place that validates a CPU utilisation percentage and turns it into a fraction. Stateless. */
final class Utilization {
    /** Utilisation is given in percent, 0–100. */
    static final double FULL_PERCENT = 100.0;

    static final String FIELD = "CPU utilisation (%)";

    private Utilization() {}

    /** Rejects NaN and values outside 0–100; returns the percentage unchanged. */
    static double checkPercent(double utilizationPct) {
        return Invariants.between(utilizationPct, 0, FULL_PERCENT, FIELD);
    }

    /** The utilisation as a fraction of full load, 0–1. */
    static double fraction(double utilizationPct) {
        return checkPercent(utilizationPct) / FULL_PERCENT;
    }
}
