package dev.sci4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.input.Checks;
import dev.sci4j.power.Interpolation;
import dev.sci4j.power.LinearVcpuModel;
import dev.sci4j.power.MemoryPower;
import dev.sci4j.power.NetworkEnergy;
import dev.sci4j.power.TeadsCurve;
import dev.sci4j.power.VcpuShare;
import dev.sci4j.units.Durations;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Units;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sci4j estimate}: energy E for the calculation method (software not measured by the agent), from
 * a TDP curve or a per-vCPU min/max watts model, plus memory and network.
 */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = {"Estimate energy E in kWh from CPU utilisation (calculation method).",
                "TDP form: Teads curve, 0/10/50/100 %% -> 0.12/0.32/0.75/1.02 x TDP.",
                "vCPU form: Cloud Carbon Footprint, watts = vCPUs x (min + u x (max - min))."})
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
        @Option(names = "--tdp", required = true, paramLabel = "W", description = "Thermal design power of the CPU in watts.")
        double tdpWatts;
        @Option(names = "--interpolation", paramLabel = "linear|spline", defaultValue = "linear",
                description = "Between the curve's points: linear or natural cubic spline (default: ${DEFAULT-VALUE}).")
        String interpolation;
        @Option(names = "--vcpus-allocated", paramLabel = "A", description = "vCPUs allocated to the software (with --vcpus-total).")
        Double vcpusAllocated;
        @Option(names = "--vcpus-total", paramLabel = "T", description = "vCPUs of the whole CPU the TDP belongs to.")
        Double vcpusTotal;
    }

    static final class PerVcpu {
        @Option(names = "--vcpus", required = true, paramLabel = "N", description = "vCPUs allocated to the software.")
        double vcpus;
        @Option(names = "--min-watts", paramLabel = "W", description = "Watts per vCPU at 0 %% (with --max-watts; both omitted = CPU unknown: 0.74 W).")
        Double minWatts;
        @Option(names = "--max-watts", paramLabel = "W", description = "Watts per vCPU at 100 %% (both omitted = CPU unknown: 3.5 W).")
        Double maxWatts;
    }

    @Option(names = "--utilization", required = true, paramLabel = "PCT", description = "Average CPU utilisation, 0 to 100 %%.")
    double utilizationPct;

    @Option(names = "--duration", required = true, paramLabel = "DUR", description = "How long, e.g. 3600s, 90min, 1h, PT1H.")
    String duration;

    @Option(names = "--memory-gb", paramLabel = "GB", description = "Memory allocated, at 0.392 W per GB (Cloud Carbon Footprint).")
    Double memoryGb;

    @Option(names = "--network-gb", paramLabel = "GB", description = "Data transferred, at 0.001 kWh per GB (SCI guide).")
    Double networkGb;

    @Mixin
    PueOption pue;

    @Option(names = "--json", description = "Print JSON with full precision.")
    boolean json;

    @Override
    public Integer call() {
        Duration window = Durations.parse(duration, "--duration");
        Checks.between(utilizationPct, 0, 100, "--utilization (%)");
        double pueFactor = pue.factor();
        ObjectNode result = JsonOutput.object();
        Energy cpu = model.tdp != null ? tdpEnergy(model.tdp, window, result) : vcpuEnergy(model.perVcpu, window, result);
        Energy memory = memoryGb == null ? Energy.ZERO
                : MemoryPower.ccf().energy(Checks.nonNegative(memoryGb, "--memory-gb"), window);
        Energy network = networkGb == null ? Energy.ZERO
                : NetworkEnergy.ccf().energy(Checks.nonNegative(networkGb, "--network-gb"));
        Energy total = cpu.plus(memory).plus(network).times(pueFactor);

        result.put("energyKwh", total.kwh());
        result.put("cpuEnergyKwh", cpu.kwh());
        result.put("memoryEnergyKwh", memory.kwh());
        result.put("networkEnergyKwh", network.kwh());
        result.put("pue", pueFactor);
        result.put("utilizationPct", utilizationPct);
        result.put("durationSeconds", Units.seconds(window));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, result);
        } else {
            printExplained(new Explain(out), result, cpu, memory, network, total, pueFactor);
        }
        return Main.OK;
    }

    private Energy tdpEnergy(Tdp t, Duration window, ObjectNode result) {
        Checks.nonNegative(t.tdpWatts, "--tdp");
        Interpolation interpolation = Interpolation.parse(t.interpolation);
        Energy whole = TeadsCurve.standard().energy(t.tdpWatts, utilizationPct, window, interpolation);
        double share = 1;
        if (t.vcpusAllocated != null || t.vcpusTotal != null) {
            share = new VcpuShare(Checks.present(t.vcpusAllocated, "--vcpus-allocated"),
                    Checks.present(t.vcpusTotal, "--vcpus-total")).fraction();
        }
        result.put("model", "teads-tdp-curve");
        result.put("tdpWatts", t.tdpWatts);
        result.put("interpolation", interpolation.id());
        result.put("tdpFraction", TeadsCurve.standard().tdpFraction(utilizationPct, interpolation));
        result.put("vcpuShare", share);
        return whole.times(share);
    }

    private Energy vcpuEnergy(PerVcpu v, Duration window, ObjectNode result) {
        LinearVcpuModel linear;
        if (v.minWatts == null && v.maxWatts == null) {
            linear = LinearVcpuModel.unknownCpu();
            result.put("cpuKnown", false);
        } else {
            linear = new LinearVcpuModel(Checks.present(v.minWatts, "--min-watts"), Checks.present(v.maxWatts, "--max-watts"));
            result.put("cpuKnown", true);
        }
        result.put("model", "linear-per-vcpu");
        result.put("minWattsPerVcpu", linear.minWattsPerVcpu());
        result.put("maxWattsPerVcpu", linear.maxWattsPerVcpu());
        result.put("vcpus", v.vcpus);
        return linear.energy(Checks.positive(v.vcpus, "--vcpus"), utilizationPct, window);
    }

    private void printExplained(Explain x, ObjectNode r, Energy cpu, Energy memory, Energy network, Energy total, double pueFactor) {
        if (r.get("model").asText().equals("teads-tdp-curve")) {
            x.line("CPU: Teads curve (%s) at %s %% = %s x TDP %s W, share %s, for %s s = %s kWh",
                    r.get("interpolation").asText(), x.n(utilizationPct), x.n(r.get("tdpFraction").asDouble()),
                    x.n(r.get("tdpWatts").asDouble()), x.n(r.get("vcpuShare").asDouble()),
                    x.n(r.get("durationSeconds").asDouble()), x.n(cpu.kwh()));
        } else {
            x.line("CPU: %s vCPU x (%s W + %s %% x (%s W - %s W)) for %s s = %s kWh%s",
                    x.n(r.get("vcpus").asDouble()), x.n(r.get("minWattsPerVcpu").asDouble()), x.n(utilizationPct),
                    x.n(r.get("maxWattsPerVcpu").asDouble()), x.n(r.get("minWattsPerVcpu").asDouble()),
                    x.n(r.get("durationSeconds").asDouble()), x.n(cpu.kwh()),
                    r.get("cpuKnown").asBoolean() ? "" : "   [CPU unknown: Cloud Carbon Footprint AWS averages]");
        }
        if (memoryGb != null) {
            x.line("Memory: %s GB x %s W/GB = %s kWh", x.n(memoryGb), x.n(MemoryPower.ccf().wattsPerGigabyte()), x.n(memory.kwh()));
        }
        if (networkGb != null) {
            x.line("Network: %s GB x %s kWh/GB = %s kWh", x.n(networkGb), x.n(NetworkEnergy.ccf().kwhPerGigabyte()), x.n(network.kwh()));
        }
        x.line("E = (%s + %s + %s) kWh x PUE %s = %s kWh", x.n(cpu.kwh()), x.n(memory.kwh()), x.n(network.kwh()),
                x.n(pueFactor), x.n(total.kwh()));
        x.roundingNote();
    }
}
