package dev.sci4j.score;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.model.SciScore;
import dev.sci4j.units.Numbers;

/**
 * An SCI score with everything it must disclose: where E came from (and its accuracy class), the intensity
 * applied with its type and source, whether M was included, and what R counts. Immutable once built.
 *
 * @param score            the SCI terms and result
 * @param energy           E and its provenance
 * @param intensity        I and its provenance
 * @param embodiedIncluded false when no M was given (M = 0 is then disclosed as an exclusion)
 * @param unitName         what one functional unit is, e.g. {@code request}
 */
public record ScoredResult(
        SciScore score, EnergyInput energy, IntensityInput intensity, boolean embodiedIncluded, String unitName) {

    /** The intensity to show: the static value, or the energy-weighted effective value of a series. */
    public double intensityGramsPerKwh() {
        return intensity.reportedGramsPerKwh(score);
    }

    /** False when E = 0 with an intensity series: the energy-weighted I is undefined (0 / 0), not a number. */
    public boolean intensityApplies() {
        return !Double.isNaN(intensityGramsPerKwh());
    }

    /** I for people: the figure in gCO2e/kWh, or that it is not applicable when E = 0. */
    public String intensityForDisplay() {
        return intensityApplies()
                ? Numbers.display(intensityGramsPerKwh()) + " gCO2e/kWh"
                : "not applicable (E = 0, so no energy-weighted intensity)";
    }

    /** The machine form, with full precision; field names carry their units. */
    public ObjectNode toJson() {
        SciScore s = score;
        ObjectNode n = Json.object();
        n.put("sci", s.gramsPerUnit());
        n.put("sciUnit", "gCO2e/" + unitName);
        n.put("operationalG", s.operational().grams());
        n.put("embodiedG", s.embodied().grams());
        n.put("embodiedIncluded", embodiedIncluded);
        n.put("totalCarbonG", s.totalCarbon().grams());
        n.put("energyKwh", s.itEnergy().kwh());
        n.put("pue", s.pue());
        n.put("facilityEnergyKwh", s.facilityEnergy().kwh());
        if (intensityApplies()) {
            n.put("intensity", intensityGramsPerKwh());
        } else {
            n.putNull("intensity"); // not applicable: no energy to weight a series' intensities with
        }
        n.put("intensityUnit", "gCO2e/kWh");
        n.put("intensityType", intensity.type());
        n.set("intensitySource", intensity.provenance());
        n.put("units", s.functionalUnits());
        n.put("functionalUnit", unitName);
        n.set("energySource", energy.provenance());
        n.put("method", "ISO/IEC 21031:2024 SCI = (E x PUE x I + M) / R");
        return n;
    }
}
