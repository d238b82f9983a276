package dev.sci4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.model.SciScore;
import dev.sci4j.units.Carbon;
import dev.sci4j.units.Intensity;

/** One intensity over the whole window: O = E × PUE × I. */
record StaticIntensity(Intensity intensity, String type, ObjectNode provenance, String describe) implements AppliedIntensity {
    static StaticIntensity of(Intensity intensity, String type, ObjectNode provenance, String description) {
        return new StaticIntensity(intensity, type, provenance, description);
    }

    @Override
    public Carbon operational(EnergyInput energy, double pue) {
        return intensity.carbonOf(energy.total().times(pue));
    }

    @Override
    public double reportedGramsPerKwh(SciScore score) {
        return intensity.gramsPerKwh();
    }

    @Override
    public String formula(SciScore s, Explain x) {
        return "E x I = " + x.n(s.facilityEnergy().kwh()) + " kWh x " + x.n(intensity.gramsPerKwh()) + " gCO2e/kWh";
    }
}
