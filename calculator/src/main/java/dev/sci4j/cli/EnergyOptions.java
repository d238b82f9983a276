package dev.sci4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.input.Checks;
import dev.sci4j.units.Energy;
import picocli.CommandLine.Option;

/** The mutually exclusive ways to give E to {@code sci4j score}. */
final class EnergyOptions {
    @Option(names = "--energy-kwh", paramLabel = "E", description = "E: energy in kWh over the window, as declared by you.")
    Double energyKwh;

    EnergyInput resolve() {
        Energy declared = Energy.ofKwh(Checks.nonNegative(energyKwh, "--energy-kwh"));
        return new EnergyInput() {
            @Override
            public Energy total() {
                return declared;
            }

            @Override
            public ObjectNode provenance() {
                ObjectNode n = JsonOutput.object();
                n.put("kind", "declared");
                n.put("detail", "given on the command line (--energy-kwh); not measured by sci4j");
                n.putNull("accuracyClass");
                return n;
            }

            @Override
            public String describe() {
                return "declared with --energy-kwh, not measured by sci4j";
            }
        };
    }
}
