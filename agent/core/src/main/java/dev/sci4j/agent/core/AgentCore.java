package dev.sci4j.agent.core;

import dev.sci4j.agent.clock.Clock;
import dev.sci4j.agent.config.AgentConfig;
import dev.sci4j.agent.config.ConfigException;
import dev.sci4j.agent.energy.FileReader;
import dev.sci4j.agent.system.ProcessId;
import dev.sci4j.agent.system.SystemProbe;
import dev.sci4j.agent.units.TransformMessages;
import dev.sci4j.agent.units.UnitDeclarations;
import dev.sci4j.agent.units.UnitInstrumentation;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;

/**
 * Entry point of the agent core, called reflectively by the bootstrap ({@code dev.sci4j.agent.Sci4jAgent})
 * inside the isolated class loader. Parses the configuration on the caller's thread (so a bad value is
 * reported before the application starts) and hands everything else to a daemon thread. Never throws.
 */
public final class AgentCore {
    private AgentCore() {}

    /**
     * @param agentArgs       the {@code key=value;…} string after {@code -javaagent:…=} or from {@code attach}
     * @param instrumentation for the functional-unit instrumentation (installed before this method returns)
     * @param dynamic         true when attached to a running JVM
     */
    public static void start(String agentArgs, Instrumentation instrumentation, boolean dynamic) {
        start(agentArgs, instrumentation, dynamic, null);
    }

    /**
     * Starts energy measurement, attribution and the exporters without the functional-unit instrumentation, for a
     * host that feeds {@code UnitCounters} itself (the OpenTelemetry extension counts server spans). Configuration
     * comes from system properties {@code sci4j.*} and environment variables {@code SCI4J_*}. Never throws.
     *
     * @param unitsSource where the units come from, disclosed in the run's configuration as
     *     {@value #UNITS_SOURCE_KEY}
     */
    public static void startWithExternalUnits(String unitsSource) {
        start(null, null, false, unitsSource);
    }

    /** The run-configuration key that names a units source other than the agent's own instrumentation. */
    public static final String UNITS_SOURCE_KEY = "units.source";

    private static void start(
            String agentArgs, Instrumentation instrumentation, boolean dynamic, String externalUnitsSource) {
        AgentLog log = AgentLog.stderr();
        try {
            AgentConfig config =
                    AgentConfig.load(agentArgs, System.getProperties(), System.getenv(), ProcessId.current());
            UnitDeclarations units = UnitDeclarations.parse(config.units(), config.unitsNested(), config.unitsHttp());
            // The sampler initialises OSHI and the energy source on its own thread while the instrumentation
            // installs here: units completed meanwhile are in the cumulative counters the first sample reads.
            // Lines said inside class file transformers wait here for the sampler thread to print them.
            TransformMessages messages = TransformMessages.bounded();
            Agent agent = new Agent(
                    config, log, Clock.system(), SystemProbe::forThisHost, FileReader.system(), dynamic, messages);
            if (externalUnitsSource != null) {
                agent.disclose(UNITS_SOURCE_KEY, externalUnitsSource);
            }
            agent.start();
            if (instrumentation == null || dynamic) {
                agent.unitsInstalled(); // nothing on the application's start-up path to keep the CPU free for
            }
            if (instrumentation != null && dynamic) {
                // Attached to a running JVM: return at once (the attach tool waits for agentmain) and let
                // retransformation instrument the loaded classes in the background; units already running are
                // not counted (an exit without its entry is ignored).
                Thread t = new Thread(
                        () -> installUnits(instrumentation, units, config.dump(), messages, log), "sci4j-instrument");
                t.setDaemon(true);
                t.setContextClassLoader(AgentCore.class.getClassLoader());
                t.start();
            } else if (instrumentation != null) {
                try {
                    installUnits(instrumentation, units, config.dump(), messages, log);
                } finally {
                    agent.unitsInstalled();
                }
            }
        } catch (ConfigException e) {
            log.accept("agent disabled: " + e.getMessage() + "; the application runs without sci4j");
        } catch (Throwable t) {
            log.accept("agent disabled: cannot start: " + t + "; the application runs without sci4j");
        }
    }

    /** At start synchronously, so the application's first unit is counted; a failure leaves energy measurement on. */
    private static void installUnits(
            Instrumentation instrumentation,
            UnitDeclarations units,
            Path dump,
            TransformMessages messages,
            AgentLog log) {
        try {
            long start = System.nanoTime();
            UnitInstrumentation.install(instrumentation, units, dump, messages, log);
            if (System.getenv("SCI4J_TIMING") != null) {
                log.accept("functional-unit instrumentation installed in " + (System.nanoTime() - start) / 1_000_000
                        + " ms");
            }
        } catch (Throwable t) {
            log.accept("functional units off: cannot instrument (" + t + "); energy is still measured");
        }
    }
}
