package dev.sci4j.report;

import dev.sci4j.input.Checks;
import dev.sci4j.model.SciScore;

/**
 * The SCI terms over all repetitions: E (kWh), PUE, O and M (gCO2e), R, and SCI = (O + M) / R in gCO2e per
 * unit. Full precision; rounding is for display only. Immutable and thread-safe.
 */
public record Result(double energyKwh, double pue, double intensityGPerKwh, double operationalG, double embodiedG,
                     double functionalUnits, double sciGPerUnit, String sciUnit) {
    public static final String METHOD = "ISO/IEC 21031:2024 SCI = (E x PUE x I + M) / R";

    public Result {
        Checks.nonNegative(energyKwh, "result.energyKwh");
        Checks.atLeast(pue, 1, "result.pue");
        Checks.nonNegative(intensityGPerKwh, "result.intensityGPerKwh");
        Checks.nonNegative(operationalG, "result.operationalG");
        Checks.nonNegative(embodiedG, "result.embodiedG");
        Checks.positive(functionalUnits, "result.functionalUnits");
        Checks.nonNegative(sciGPerUnit, "result.sciGPerUnit");
        Checks.present(sciUnit, "result.sciUnit");
    }

    static Result of(SciScore s, double intensityGPerKwh, String unitName) {
        return new Result(s.itEnergy().kwh(), s.pue(), intensityGPerKwh, s.operational().grams(), s.embodied().grams(),
                s.functionalUnits(), s.gramsPerUnit(), "gCO2e/" + unitName);
    }
}
