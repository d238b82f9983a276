package dev.sci4j.agent.energy;

import dev.sci4j.agent.clock.Clock;
import dev.sci4j.agent.config.AgentConfig;
import dev.sci4j.agent.system.SystemProbe;
import dev.sci4j.measurement.EnergySourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the chain of sources from the configuration: {@code auto} = RAPL, then the host file (if configured),
 * then the model, then the constant (if {@code constant.watts} is set). An explicit choice starts the chain at
 * that source and keeps the later ones as fallbacks, so a missing RAPL never leaves the agent without figures.
 */
public final class EnergySources {
    private EnergySources() {}

    public static EnergySourceChain chain(AgentConfig cfg, SystemProbe probe, Clock clock, FileReader reader) {
        List<EnergySourceChain.Opener> all = new ArrayList<>();
        int start = firstStep(cfg.energySource());
        if (start <= 0) {
            all.add(opener("rapl", () -> EnergySource.rapl(cfg.powercapRoot(), reader, clock)));
        }
        if (start <= 1 && cfg.hostFile() != null) {
            all.add(opener(
                    "host-file", () -> EnergySource.hostFile(cfg.hostFile(), cfg.hostFileUnit(), reader, clock)));
        }
        if (start <= 2) {
            all.add(opener("model", () -> model(cfg, probe, clock)));
        }
        if (cfg.constantWatts().isPresent()) {
            all.add(opener(
                    "constant", () -> EnergySource.constant(cfg.constantWatts().getAsDouble(), clock)));
        }
        return new EnergySourceChain(all);
    }

    /** Position of a choice in the chain rapl (0), host-file (1), model (2), constant (3); auto starts at 0. */
    private static int firstStep(Optional<EnergySourceKind> choice) {
        if (choice.isEmpty()) {
            return 0;
        }
        switch (choice.get()) {
            case HOST_FILE:
                return 1;
            case MODEL:
                return 2;
            case CONSTANT:
                return 3;
            default:
                return 0; // RAPL
        }
    }

    /** The utilisation model with the configured or detected hardware profile. */
    static EnergySource model(AgentConfig cfg, SystemProbe probe, Clock clock) {
        int cores = cfg.cpuLogicalCores().orElseGet(probe::logicalCores);
        String cpuName = cfg.cpuModel() != null ? cfg.cpuModel() : probe.cpuModel();
        CpuPowerModel cpu = cfg.tdpWatts().isPresent()
                ? CpuPowerModel.teadsCurve(cfg.tdpWatts().getAsDouble())
                : CpuPowerModel.perVcpu(cores, cfg.vcpuMinWatts(), cfg.vcpuMaxWatts());
        return EnergySource.model(probe, clock, cpu, cfg.memoryWattsPerGb(), cpuName);
    }

    private interface Open {
        EnergySource open() throws EnergySourceUnavailableException;
    }

    private static EnergySourceChain.Opener opener(String name, Open open) {
        return new EnergySourceChain.Opener() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public EnergySource open() throws EnergySourceUnavailableException {
                return open.open();
            }
        };
    }
}
