package dev.sci4j.report;

import dev.sci4j.model.SciScore;
import dev.sci4j.units.Invariants;

/**
 * The SCI terms over all repetitions: E (kWh), PUE, O and M (gCO2e), R, and SCI = (O + M) / R in gCO2e per
 * unit. Full precision; rounding is for display only. Immutable and thread-safe.
 */
public record Result(
        double energyKwh,
        double pue,
        double intensityGPerKwh,
        double operationalG,
        double embodiedG,
        double functionalUnits,
        double sciGPerUnit,
        String sciUnit) {
    public static final String METHOD = "ISO/IEC 21031:2024 SCI = (E x PUE x I + M) / R";

    public Result {
        Invariants.nonNegative(energyKwh, "result.energyKwh");
        Invariants.atLeast(pue, 1, "result.pue");
        Invariants.nonNegative(intensityGPerKwh, "result.intensityGPerKwh");
        Invariants.nonNegative(operationalG, "result.operationalG");
        Invariants.nonNegative(embodiedG, "result.embodiedG");
        Invariants.positive(functionalUnits, "result.functionalUnits");
        Invariants.nonNegative(sciGPerUnit, "result.sciGPerUnit");
        Invariants.present(sciUnit, "result.sciUnit");
    }

    static Result of(SciScore s, double intensityGPerKwh, String unitName) {
        return new Result(
                s.itEnergy().kwh(),
                s.pue(),
                intensityGPerKwh,
                s.operational().grams(),
                s.embodied().grams(),
                s.functionalUnits(),
                s.gramsPerUnit(),
                "gCO2e/" + unitName);
    }
}
