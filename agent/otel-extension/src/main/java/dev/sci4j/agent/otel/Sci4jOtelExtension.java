package dev.sci4j.agent.otel;

import dev.sci4j.agent.core.AgentCore;
import dev.sci4j.measurement.Attribution;
import io.opentelemetry.context.ContextStorage;
import io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizer;
import io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizerProvider;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The extension's entry point, found by the OpenTelemetry Java agent through {@code META-INF/services} while it
 * configures its SDK, before it instruments anything: it wraps the context storage (so the wrapper is in place
 * before the first context is made current), adds {@link LocalRootSpanUnits} to the tracer provider, and starts
 * the agent core with units from spans. Configuration: system properties {@code sci4j.*} and environment
 * variables {@code SCI4J_*}, the same keys as the standalone agent. Works with every OpenTelemetry exporter set
 * to {@code none}. Never throws into the OpenTelemetry agent; starts once per JVM.
 */
public final class Sci4jOtelExtension implements AutoConfigurationCustomizerProvider {
    /** Disclosed in the run configuration as {@value AgentCore#UNITS_SOURCE_KEY}. */
    public static final String UNITS_SOURCE = "opentelemetry-server-spans";

    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final OpenUnits UNITS = new OpenUnits();

    @Override
    public void customize(AutoConfigurationCustomizer customizer) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        try {
            // First: the hooks' classes must come from the boot class path before anything loads them here.
            String virtualThreads = VirtualThreadSupport.install();
            if (virtualThreads != null) {
                System.err.println("[sci4j] " + virtualThreads);
            }
            ContextStorage.addWrapper(storage -> new CpuFollowsContext(storage, UNITS));
            ClassLoader sci4jLoader = Sci4jOtelExtension.class.getClassLoader();
            customizer.addTracerProviderCustomizer(
                    (builder, config) -> builder.addSpanProcessor(new LocalRootSpanUnits(UNITS)));
            everyUnitMeasured();
            System.err.println("[sci4j] OpenTelemetry extension: functional units are local-root server spans"
                    + " and consumer spans processing a message, CPU time follows the OpenTelemetry context");
            startCore(sci4jLoader);
        } catch (Throwable t) {
            System.err.println(
                    "[sci4j] OpenTelemetry extension disabled: " + t + "; the application runs without" + " sci4j");
        }
    }

    /**
     * The context wrapper reads the CPU clock at every switch between units, so the file must not claim adaptive
     * sampling; a value the user set is kept (it only changes what the file says).
     */
    private static void everyUnitMeasured() {
        String key = "sci4j.units.cpu.sampling";
        if (System.getProperty(key) == null && System.getenv("SCI4J_UNITS_CPU_SAMPLING") == null) {
            System.setProperty(key, Attribution.EVERY_UNIT);
        }
    }

    /** The core's threads carry its loader as context class loader, as in the standalone agent. */
    private static void startCore(ClassLoader sci4jLoader) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(sci4jLoader);
        try {
            AgentCore.startWithExternalUnits(UNITS_SOURCE);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
