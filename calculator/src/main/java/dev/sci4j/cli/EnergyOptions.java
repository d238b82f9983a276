package dev.sci4j.cli;

import dev.sci4j.input.Checks;
import dev.sci4j.score.EnergyInput;
import dev.sci4j.units.Energy;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The mutually exclusive ways to give E to {@code sci4j score}. */
final class EnergyOptions {
    @Option(
            names = "--energy-kwh",
            paramLabel = "E",
            description = "E: energy in kWh over the window, as declared by you.")
    Double energyKwh;

    @Option(
            names = "--energy-series",
            paramLabel = "FILE",
            description = "E per interval: a CSV with header start,end,energy_kwh (or energy_joules), ISO-8601 times.")
    Path energySeries;

    @Option(
            names = "--measurement",
            paramLabel = "FILE",
            description = "E measured by the sci4j agent: a measurement file (repeat for several runs or instances).")
    List<Path> measurements;

    @ArgGroup(exclusive = false, heading = "  from Prometheus, for a fleet of JVMs running the sci4j agent:%n")
    PrometheusOptions prometheus;

    EnergyInput resolve() {
        if (measurements != null) {
            return EnergyInput.measurements(measurements);
        }
        if (energySeries != null) {
            return EnergyInput.series(energySeries);
        }
        double kwh = Checks.nonNegative(energyKwh, "--energy-kwh");
        // Too large to hold in joules is the user's figure, not a bug.
        return EnergyInput.declared(Checks.valid("--energy-kwh", () -> Energy.ofKwh(kwh)), "--energy-kwh");
    }
}
