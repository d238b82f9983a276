package dev.sci4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.grid.EnergyInterval;
import dev.sci4j.grid.EnergySeriesReader;
import dev.sci4j.input.Checks;
import dev.sci4j.units.Energy;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The mutually exclusive ways to give E to {@code sci4j score}. */
final class EnergyOptions {
    @Option(names = "--energy-kwh", paramLabel = "E", description = "E: energy in kWh over the window, as declared by you.")
    Double energyKwh;

    @Option(names = "--energy-series", paramLabel = "FILE",
            description = "E per interval: a CSV with header start,end,energy_kwh (or energy_joules), ISO-8601 times.")
    Path energySeries;

    @Option(names = "--measurement", paramLabel = "FILE",
            description = "E measured by the sci4j agent: a measurement file (repeat for several runs or instances).")
    List<Path> measurements;

    EnergyInput resolve() {
        if (measurements != null) {
            return MeasurementInput.read(measurements);
        }
        if (energySeries != null) {
            List<EnergyInterval> intervals = EnergySeriesReader.read(energySeries);
            Energy total = intervals.stream().map(EnergyInterval::energy).reduce(Energy.ZERO, Energy::plus);
            return EnergyInput.of(total, intervals, declared("energy series file " + energySeries),
                    intervals.size() + " intervals from " + energySeries + ", declared, not measured by sci4j");
        }
        Energy total = Energy.ofKwh(Checks.nonNegative(energyKwh, "--energy-kwh"));
        return EnergyInput.of(total, null, declared("given on the command line (--energy-kwh)"),
                "declared with --energy-kwh, not measured by sci4j");
    }

    private static ObjectNode declared(String detail) {
        ObjectNode n = JsonOutput.object();
        n.put("kind", "declared");
        n.put("detail", detail + "; not measured by sci4j");
        n.putNull("accuracyClass");
        return n;
    }
}
