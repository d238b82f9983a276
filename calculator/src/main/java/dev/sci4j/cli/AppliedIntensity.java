package dev.sci4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.model.SciScore;
import dev.sci4j.units.Carbon;

/**
 * The grid intensity a score applies, with its type and provenance: a static value (declared or from the
 * bundled factor table) or a time series aligned with the energy intervals.
 */
interface AppliedIntensity {
    /** O for this energy: E × PUE × I, or PUE × Σ E_t × I_t. */
    Carbon operational(EnergyInput energy, double pue);

    /** The intensity to show: the static value, or for a series the energy-weighted effective value. */
    double reportedGramsPerKwh(SciScore score);

    /** average, marginal-short-run or marginal-long-run. */
    String type();

    ObjectNode provenance();

    String describe();

    /** The operational formula with the numbers put in, e.g. "0.5 kWh x 494 gCO2e/kWh". */
    String formula(SciScore score, Explain x);
}
