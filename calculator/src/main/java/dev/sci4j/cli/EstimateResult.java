package dev.sci4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.power.Interpolation;
import dev.sci4j.units.Energy;

/**
 * What {@code sci4j estimate} computed, the one source of both its human and its {@code --json} output.
 * Energies in {@link Energy}, utilisation in percent (0–100), duration in seconds, PUE dimensionless.
 * Immutable and thread-safe.
 *
 * @param cpu             the CPU model used and its part of the energy
 * @param utilizationPct  average CPU utilisation, %
 * @param durationSeconds how long, s
 * @param memory          memory's part, or null when no {@code --memory-gb} was given
 * @param network         network's part, or null when no {@code --network-gb} was given
 * @param pue             power usage effectiveness applied to the sum
 */
record EstimateResult(
        Cpu cpu, double utilizationPct, double durationSeconds, Memory memory, Network network, double pue) {
    /** CPU energy from one of the two models. */
    sealed interface Cpu permits TdpCurve, PerVcpu {
        Energy energy();
    }

    /** The Teads TDP curve: whole-CPU energy × the vCPU share (1 when no share was given). */
    record TdpCurve(double tdpWatts, Interpolation interpolation, double tdpFraction, double vcpuShare, Energy energy)
            implements Cpu {}

    /** Cloud Carbon Footprint's per-vCPU model; {@code cpuKnown} false when its unknown-CPU averages were used. */
    record PerVcpu(double vcpus, double minWattsPerVcpu, double maxWattsPerVcpu, boolean cpuKnown, Energy energy)
            implements Cpu {}

    /** {@code gigabytes} of memory at {@code wattsPerGigabyte} for the duration. */
    record Memory(double gigabytes, double wattsPerGigabyte, Energy energy) {}

    /** {@code gigabytes} transferred at {@code kwhPerGigabyte}. */
    record Network(double gigabytes, double kwhPerGigabyte, Energy energy) {}

    Energy memoryEnergy() {
        return memory == null ? Energy.ZERO : memory.energy();
    }

    Energy networkEnergy() {
        return network == null ? Energy.ZERO : network.energy();
    }

    /** E = (CPU + memory + network) × PUE. */
    Energy total() {
        return cpu.energy().plus(memoryEnergy()).plus(networkEnergy()).times(pue);
    }

    /** The machine form, full precision (field names are part of the CLI's contract). */
    ObjectNode toJson() {
        ObjectNode j = JsonOutput.object();
        if (cpu instanceof TdpCurve t) {
            j.put("model", "teads-tdp-curve");
            j.put("tdpWatts", t.tdpWatts());
            j.put("interpolation", t.interpolation().id());
            j.put("tdpFraction", t.tdpFraction());
            j.put("vcpuShare", t.vcpuShare());
        } else if (cpu instanceof PerVcpu v) {
            j.put("cpuKnown", v.cpuKnown());
            j.put("model", "linear-per-vcpu");
            j.put("minWattsPerVcpu", v.minWattsPerVcpu());
            j.put("maxWattsPerVcpu", v.maxWattsPerVcpu());
            j.put("vcpus", v.vcpus());
        }
        j.put("energyKwh", total().kwh());
        j.put("cpuEnergyKwh", cpu.energy().kwh());
        j.put("memoryEnergyKwh", memoryEnergy().kwh());
        j.put("networkEnergyKwh", networkEnergy().kwh());
        j.put("pue", pue);
        j.put("utilizationPct", utilizationPct);
        j.put("durationSeconds", durationSeconds);
        return j;
    }

    /** The human form: each part's formula with the numbers put in. */
    void explain(Explain x) {
        if (cpu instanceof TdpCurve t) {
            x.line(
                    "CPU: Teads curve (%s) at %s %% = %s x TDP %s W, share %s, for %s s = %s kWh",
                    t.interpolation().id(),
                    x.n(utilizationPct),
                    x.n(t.tdpFraction()),
                    x.n(t.tdpWatts()),
                    x.n(t.vcpuShare()),
                    x.n(durationSeconds),
                    x.n(t.energy().kwh()));
        } else if (cpu instanceof PerVcpu v) {
            x.line(
                    "CPU: %s vCPU x (%s W + %s %% x (%s W - %s W)) for %s s = %s kWh%s",
                    x.n(v.vcpus()),
                    x.n(v.minWattsPerVcpu()),
                    x.n(utilizationPct),
                    x.n(v.maxWattsPerVcpu()),
                    x.n(v.minWattsPerVcpu()),
                    x.n(durationSeconds),
                    x.n(v.energy().kwh()),
                    v.cpuKnown() ? "" : "   [CPU unknown: Cloud Carbon Footprint AWS averages]");
        }
        if (memory != null) {
            x.line(
                    "Memory: %s GB x %s W/GB = %s kWh",
                    x.n(memory.gigabytes()),
                    x.n(memory.wattsPerGigabyte()),
                    x.n(memory.energy().kwh()));
        }
        if (network != null) {
            x.line(
                    "Network: %s GB x %s kWh/GB = %s kWh",
                    x.n(network.gigabytes()),
                    x.n(network.kwhPerGigabyte()),
                    x.n(network.energy().kwh()));
        }
        x.line(
                "E = (%s + %s + %s) kWh x PUE %s = %s kWh",
                x.n(cpu.energy().kwh()),
                x.n(memoryEnergy().kwh()),
                x.n(networkEnergy().kwh()),
                x.n(pue),
                x.n(total().kwh()));
        x.roundingNote();
    }
}
