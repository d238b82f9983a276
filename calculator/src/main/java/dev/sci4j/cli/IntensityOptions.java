package dev.sci4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.input.Checks;
import dev.sci4j.model.SciScore;
import dev.sci4j.units.Carbon;
import dev.sci4j.units.Intensity;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The mutually exclusive ways to give I to {@code sci4j score}. */
final class IntensityOptions {
    @ArgGroup(exclusive = false)
    Declared declared;

    static final class Declared {
        @Option(names = "--intensity", required = true, paramLabel = "G",
                description = "I: a static grid intensity in gCO2e/kWh (location-based; market-based figures are not allowed).")
        double gramsPerKwh;

        @Option(names = "--intensity-type", paramLabel = "TYPE", defaultValue = "average",
                description = "The kind of --intensity: average, marginal-short-run or marginal-long-run (default: ${DEFAULT-VALUE}).")
        String type;
    }

    AppliedIntensity resolve() {
        return staticIntensity(Intensity.ofGramsPerKwh(Checks.nonNegative(declared.gramsPerKwh, "--intensity")), declared.type, declaredProvenance(),
                "declared with --intensity, type " + declared.type);
    }

    private ObjectNode declaredProvenance() {
        ObjectNode n = JsonOutput.object();
        n.put("kind", "declared");
        n.put("detail", "given on the command line (--intensity)");
        return n;
    }

    static AppliedIntensity staticIntensity(Intensity intensity, String type, ObjectNode provenance, String description) {
        return new AppliedIntensity() {
            @Override
            public Carbon operational(EnergyInput energy, double pue) {
                return intensity.carbonOf(energy.total().times(pue));
            }

            @Override
            public double reportedGramsPerKwh(SciScore score) {
                return intensity.gramsPerKwh();
            }

            @Override
            public String type() {
                return type;
            }

            @Override
            public ObjectNode provenance() {
                return provenance;
            }

            @Override
            public String describe() {
                return description;
            }

            @Override
            public String formula(SciScore s, Explain x) {
                return "E x I = " + x.n(s.facilityEnergy().kwh()) + " kWh x " + x.n(intensity.gramsPerKwh()) + " gCO2e/kWh";
            }
        };
    }
}
