package dev.sci4j.cli;

import dev.sci4j.input.Checks;
import dev.sci4j.power.Interpolation;
import dev.sci4j.power.LinearVcpuModel;
import dev.sci4j.power.MemoryPower;
import dev.sci4j.power.NetworkEnergy;
import dev.sci4j.power.TeadsCurve;
import dev.sci4j.power.VcpuShare;
import dev.sci4j.rules.duration.DurationGrammar;
import dev.sci4j.rules.power.CcfCoefficients;
import dev.sci4j.rules.power.TeadsTdpCurve;
import dev.sci4j.units.Durations;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Units;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sci4j estimate}: energy E for the calculation method (software not measured by the agent), from
 * a TDP curve or a per-vCPU min/max watts model, plus memory and network.
 */
@Command(
        name = "estimate",
        mixinStandardHelpOptions = true,
        description = {
            "Estimate energy E in kWh from CPU utilisation (calculation method).",
            "TDP form: Teads curve, " + TeadsTdpCurve.POINTS + ".",
            "vCPU form: Cloud Carbon Footprint, " + CcfCoefficients.COMPUTE_FORMULA + "."
        })
final class EstimateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "CPU power model (one of):%n")
    Model model;

    static final class Model {
        @ArgGroup(exclusive = false, heading = "TDP curve:%n")
        Tdp tdp;

        @ArgGroup(exclusive = false, heading = "Per-vCPU min/max watts:%n")
        PerVcpu perVcpu;
    }

    static final class Tdp {
        @Option(
                names = "--tdp",
                required = true,
                paramLabel = "W",
                description = "Thermal design power of the CPU in watts.")
        double tdpWatts;

        @Option(
                names = "--interpolation",
                paramLabel = "linear|spline",
                defaultValue = "linear",
                description = "Between the curve's points: linear or natural cubic spline (default: ${DEFAULT-VALUE}).")
        String interpolation;

        @Option(
                names = "--vcpus-allocated",
                paramLabel = "A",
                description = "vCPUs allocated to the software (with --vcpus-total).")
        Double vcpusAllocated;

        @Option(names = "--vcpus-total", paramLabel = "T", description = "vCPUs of the whole CPU the TDP belongs to.")
        Double vcpusTotal;
    }

    static final class PerVcpu {
        @Option(names = "--vcpus", required = true, paramLabel = "N", description = "vCPUs allocated to the software.")
        double vcpus;

        @Option(
                names = "--min-watts",
                paramLabel = "W",
                description = "Watts per vCPU at 0 %% (with --max-watts; both omitted = CPU unknown: "
                        + CcfCoefficients.UNKNOWN_CPU_MIN_WATTS_PER_VCPU + " W).")
        Double minWatts;

        @Option(
                names = "--max-watts",
                paramLabel = "W",
                description = "Watts per vCPU at 100 %% (both omitted = CPU unknown: "
                        + CcfCoefficients.UNKNOWN_CPU_MAX_WATTS_PER_VCPU + " W).")
        Double maxWatts;
    }

    @Option(
            names = "--utilization",
            required = true,
            paramLabel = "PCT",
            description = "Average CPU utilisation, 0 to 100 %%.")
    double utilizationPct;

    @Option(
            names = "--duration",
            required = true,
            paramLabel = "DUR",
            description = "How long, e.g. " + DurationGrammar.EXAMPLES + ".")
    String duration;

    @Option(
            names = "--memory-gb",
            paramLabel = "GB",
            description = "Memory allocated, at " + CcfCoefficients.MEMORY_WATTS_PER_GIGABYTE
                    + " W per GB (Cloud Carbon Footprint).")
    Double memoryGb;

    @Option(
            names = "--network-gb",
            paramLabel = "GB",
            description =
                    "Data transferred, at " + CcfCoefficients.NETWORK_KWH_PER_GIGABYTE + " kWh per GB (SCI guide).")
    Double networkGb;

    @Mixin
    PueOption pue;

    @Option(names = "--json", description = "Print JSON with full precision.")
    boolean json;

    @Override
    public Integer call() {
        EstimateResult result = estimate();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, result.toJson());
        } else {
            result.explain(new Explain(out));
        }
        return Main.OK;
    }

    private EstimateResult estimate() {
        Duration window = Durations.parse(duration, "--duration");
        Checks.between(utilizationPct, 0, 100, "--utilization (%)");
        double pueFactor = pue.factor();
        EstimateResult.Cpu cpu = model.tdp != null ? tdpEnergy(model.tdp, window) : vcpuEnergy(model.perVcpu, window);
        EstimateResult.Memory memory = null;
        if (memoryGb != null) {
            MemoryPower power = MemoryPower.ccf();
            double gb = Checks.nonNegative(memoryGb, "--memory-gb");
            memory = new EstimateResult.Memory(gb, power.wattsPerGigabyte(), power.energy(gb, window));
        }
        EstimateResult.Network network = null;
        if (networkGb != null) {
            NetworkEnergy perGb = NetworkEnergy.ccf();
            double gb = Checks.nonNegative(networkGb, "--network-gb");
            network = new EstimateResult.Network(gb, perGb.kwhPerGigabyte(), perGb.energy(gb));
        }
        return new EstimateResult(cpu, utilizationPct, Units.seconds(window), memory, network, pueFactor);
    }

    private EstimateResult.TdpCurve tdpEnergy(Tdp t, Duration window) {
        Checks.nonNegative(t.tdpWatts, "--tdp");
        Interpolation interpolation = Interpolation.parse(t.interpolation);
        Energy whole = TeadsCurve.standard().energy(t.tdpWatts, utilizationPct, window, interpolation);
        double share = 1;
        if (t.vcpusAllocated != null || t.vcpusTotal != null) {
            double allocated = Checks.present(t.vcpusAllocated, "--vcpus-allocated");
            double total = Checks.present(t.vcpusTotal, "--vcpus-total");
            share = Checks.valid("--vcpus-allocated/--vcpus-total", () -> new VcpuShare(allocated, total))
                    .fraction();
        }
        return new EstimateResult.TdpCurve(
                t.tdpWatts,
                interpolation,
                TeadsCurve.standard().tdpFraction(utilizationPct, interpolation),
                share,
                whole.times(share));
    }

    private EstimateResult.PerVcpu vcpuEnergy(PerVcpu v, Duration window) {
        boolean known = v.minWatts != null || v.maxWatts != null;
        LinearVcpuModel linear = known ? linearModel(v) : LinearVcpuModel.unknownCpu();
        Energy energy = linear.energy(Checks.positive(v.vcpus, "--vcpus"), utilizationPct, window);
        return new EstimateResult.PerVcpu(v.vcpus, linear.minWattsPerVcpu(), linear.maxWattsPerVcpu(), known, energy);
    }

    private static LinearVcpuModel linearModel(PerVcpu v) {
        double min = Checks.present(v.minWatts, "--min-watts");
        double max = Checks.present(v.maxWatts, "--max-watts");
        return Checks.valid("--min-watts/--max-watts", () -> new LinearVcpuModel(min, max));
    }
}
