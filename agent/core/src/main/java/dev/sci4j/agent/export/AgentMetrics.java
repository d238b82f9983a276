package dev.sci4j.agent.export;

import dev.sci4j.agent.sampler.SampleListener;
import dev.sci4j.measurement.EnergySourceInfo;
import dev.sci4j.measurement.GpuDevice;
import dev.sci4j.measurement.IntervalSample;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * Running totals of what the sampler measured, exposed as Micrometer {@link FunctionCounter}s over state this
 * class owns (Micrometer holds weak references, so this object must stay reachable — the agent keeps it):
 * <ul>
 *   <li>{@code sci.energy} (joules) tagged {@code scope} = machine|process, {@code component}, {@code source}
 *       → Prometheus {@code sci_energy_joules_total};</li>
 *   <li>{@code sci.cpu} (seconds) tagged {@code scope} = process|host-busy|sampler
 *       → {@code sci_cpu_seconds_total};</li>
 *   <li>{@code sci.functional.units} tagged {@code unit}, {@code outcome} = ok|failed
 *       → {@code sci_functional_units_total}; {@code sci.unit.energy} (joules) tagged {@code unit}
 *       → {@code sci_unit_energy_joules_total};</li>
 *   <li>self metrics {@code sci.agent.samples}, {@code sci.agent.errors}, {@code sci.agent.skipped.intervals}
 *       → {@code sci_agent_samples_total}, {@code sci_agent_errors_total}, {@code sci_agent_skipped_intervals_total}.</li>
 * </ul>
 * Names carry neither unit nor {@code _total}: the Prometheus registry adds both. Totals are kept from the first
 * sample; the meters are registered when the agent binds a registry ({@link #bindTo}), which it does only after
 * the application's start-up, because creating a registry costs ~0.2 s of CPU. Thread-safe: the sampler adds
 * and binds, scrapes read.
 */
public final class AgentMetrics implements SampleListener, MeterBinder {
    /** One counter's definition and running total. */
    private static final class Total {
        final String name;
        final String baseUnit;
        final Tags tags;
        final String description;
        final DoubleAdder adder = new DoubleAdder();

        Total(String name, String baseUnit, Tags tags, String description) {
            this.name = name;
            this.baseUnit = baseUnit;
            this.tags = tags;
            this.description = description;
        }

        void registerIn(MeterRegistry registry) {
            FunctionCounter.builder(name, adder, DoubleAdder::sum)
                    .baseUnit(baseUnit)
                    .tags(tags)
                    .description(description)
                    .register(registry);
        }
    }

    /** The {@code source} tag of GPU energy. */
    static final String GPU_SOURCE = "nvml";

    private final Map<String, Total> counters = new ConcurrentHashMap<>();
    private volatile List<GpuDevice> gpuDevices = List.of();
    private volatile MeterRegistry registry;
    private final DoubleAdder samples;
    private final DoubleAdder errors;
    private final DoubleAdder skipped;

    /** Totals only, until {@link #bindTo} gives them a registry. */
    public AgentMetrics() {
        this.samples = counter("sci.agent.samples", null, Tags.empty(), "Samples taken by the sci4j agent");
        this.errors = counter("sci.agent.errors", null, Tags.empty(), "Failed energy readings");
        this.skipped = counter(
                "sci.agent.skipped.intervals",
                null,
                Tags.empty(),
                "Intervals whose energy was lost (implausible reading or source switch)");
    }

    /** Registers every counter so far, and from now on each new one, in {@code registry}. Once. */
    @Override
    public synchronized void bindTo(MeterRegistry registry) {
        if (this.registry != null) {
            throw new IllegalStateException("already bound");
        }
        counters.values().forEach(t -> t.registerIn(registry));
        gpuDevices.forEach(d -> registerGpu(registry, d));
        this.registry = registry;
    }

    /** The GPUs measured, exposed as info metrics once a registry is bound. Before {@link #bindTo}. */
    public synchronized void gpuDevices(List<GpuDevice> devices) {
        this.gpuDevices = List.copyOf(devices);
    }

    private static void registerGpu(MeterRegistry registry, GpuDevice d) {
        Gauge.builder("sci.gpu.device.info", () -> 1.0)
                .tags(Tags.of("index", String.valueOf(d.index()), "name", d.name(), "uuid", d.uuid()))
                .description("A GPU whose energy sci4j measures through NVML (value always 1)")
                .strongReference(true)
                .register(registry);
    }

    @Override
    public void onSample(IntervalSample sample, EnergySourceInfo source) {
        String kind = source.kind().id();
        sample.machineJoules()
                .forEach((component, joules) ->
                        energy("machine", component, sourceOf(component, kind)).add(joules));
        sample.processJoules()
                .forEach((component, joules) ->
                        energy("process", component, sourceOf(component, kind)).add(joules));
        sample.units().forEach((unit, u) -> {
            units(unit, "ok").add(u.okCount());
            units(unit, "failed").add(u.failedCount());
            counter(
                            "sci.unit.energy",
                            "joules",
                            Tags.of("unit", unit),
                            "Process energy attributed to functional units by their thread CPU time")
                    .add(u.joules());
        });
        cpu("process").add(sample.processCpuSeconds());
        cpu("host-busy").add(sample.hostBusyCpuSeconds());
        cpu("sampler").add(sample.samplerCpuSeconds());
        samples.add(1);
    }

    @Override
    public void onError(boolean skippedInterval) {
        errors.add(1);
        if (skippedInterval) {
            skipped.add(1);
        }
    }

    private static String sourceOf(String component, String cpuSourceKind) {
        return component.equals(IntervalSample.GPU) ? GPU_SOURCE : cpuSourceKind;
    }

    private DoubleAdder energy(String scope, String component, String source) {
        return counter(
                "sci.energy",
                "joules",
                Tags.of("scope", scope, "component", component, "source", source),
                "Energy measured or modelled by sci4j, by scope (machine or this process), component and source");
    }

    private DoubleAdder units(String unit, String outcome) {
        return counter(
                "sci.functional.units",
                null,
                Tags.of("unit", unit, "outcome", outcome),
                "Functional units completed, by kind and outcome (ok, or failed: exception or an HTTP status other than 2xx)");
    }

    private DoubleAdder cpu(String scope) {
        return counter(
                "sci.cpu",
                "seconds",
                Tags.of("scope", scope),
                "CPU time: this process, the whole host (busy), and the sci4j sampler itself");
    }

    private DoubleAdder counter(String name, String baseUnit, Tags tags, String description) {
        String key = name + tags;
        Total existing = counters.get(key);
        return existing != null ? existing.adder : newCounter(key, new Total(name, baseUnit, tags, description));
    }

    /** Synchronised with {@link #bindTo}, so a counter is registered exactly once, before or after binding. */
    private synchronized DoubleAdder newCounter(String key, Total total) {
        Total raced = counters.putIfAbsent(key, total);
        if (raced != null) {
            return raced.adder;
        }
        MeterRegistry r = registry;
        if (r != null) {
            total.registerIn(r);
        }
        return total.adder;
    }
}
