package dev.sci4j.score;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.model.SciScore;
import dev.sci4j.units.Carbon;
import dev.sci4j.units.Intensity;
import dev.sci4j.units.Numbers;

/** One intensity over the whole window: O = E × PUE × I. */
record StaticIntensity(Intensity intensity, String type, ObjectNode provenance, String describe)
        implements IntensityInput {
    @Override
    public Carbon operational(EnergyInput energy, double pue) {
        return intensity.carbonOf(energy.total().times(pue));
    }

    @Override
    public double reportedGramsPerKwh(SciScore score) {
        return intensity.gramsPerKwh();
    }

    @Override
    public String formula(SciScore s) {
        return "E x I = " + Numbers.display(s.facilityEnergy().kwh()) + " kWh x "
                + Numbers.display(intensity.gramsPerKwh()) + " gCO2e/kWh";
    }
}
