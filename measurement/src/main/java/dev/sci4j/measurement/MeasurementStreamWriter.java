package dev.sci4j.measurement;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link Measurement} as the same bytes as {@link MeasurementJson#toJson} (same field order, maps in key
 * order, same indentation) with {@link PrettyJson}, without Jackson: the {@code ObjectMapper}'s warm-up is ~0.8 s
 * of class loading and introspection on a cold JVM, and even Jackson's streaming generator loads ~75 classes
 * (~60 ms), which a short-lived JVM would otherwise pay at exit for its only measurement file. The agent writes with this class;
 * {@link MeasurementJson} stays the one reader. A field added to the model must be added here too
 * ({@code MeasurementStreamWriterTest} compares both writers on a measurement with every field set).
 *
 * <p>An instance remembers the text of each sample it wrote, by identity, for as long as the next measurement
 * still holds that sample: the agent rewrites its file every few intervals with the same samples plus a few new
 * ones, and rendering up to 600 samples each time was most of the sampler thread's CPU (interpreted, ~5–10 ms a
 * write). The texts take about as much heap as the file's size. An instance is not thread-safe; the static
 * {@link #toBytes} is stateless and thread-safe.
 */
public final class MeasurementStreamWriter {
    /** Samples stand in the top-level object's array. */
    private static final int SAMPLE_OBJECT_DEPTH = 1;

    private Map<IntervalSample, String> sampleTexts = new IdentityHashMap<>();

    /** One that remembers its samples' texts between writes (see the class comment). */
    public MeasurementStreamWriter() {}

    /** The measurement as indented UTF-8 JSON. */
    public static byte[] toBytes(Measurement measurement) {
        return new MeasurementStreamWriter().write(measurement);
    }

    /** The measurement as indented UTF-8 JSON, reusing the texts of samples written before. */
    public byte[] write(Measurement measurement) {
        Map<IntervalSample, String> used = new IdentityHashMap<>();
        PrettyJson g = new PrettyJson();
        measurement(g, measurement, used);
        sampleTexts = used; // samples gone from the measurement are forgotten
        return g.text().getBytes(StandardCharsets.UTF_8);
    }

    private void measurement(PrettyJson g, Measurement m, Map<IntervalSample, String> used) {
        g.startObject();
        g.field("schemaVersion", m.schemaVersion());
        g.name("run");
        run(g, m.run());
        g.name("samples").startArray();
        for (IntervalSample s : m.samples()) {
            String text = sampleTexts.get(s);
            if (text == null) {
                PrettyJson fragment = new PrettyJson(SAMPLE_OBJECT_DEPTH);
                sample(fragment, s);
                text = fragment.text();
            }
            used.put(s, text);
            g.raw(text);
        }
        g.endArray();
        g.name("aggregated");
        if (m.aggregated().isPresent()) {
            g.startObject();
            g.field("sampleCount", m.aggregated().get().sampleCount());
            g.name("total");
            sample(g, m.aggregated().get().total());
            g.endObject();
        } else {
            g.nullValue();
        }
        g.field("skippedIntervals", m.skippedIntervals());
        g.endObject();
    }

    private static void run(PrettyJson g, RunMetadata r) {
        g.startObject();
        g.field("runId", r.runId());
        instant(g, "startedAt", r.startedAt());
        instant(g, "endedAt", r.endedAt());
        g.field("hostName", r.hostName());
        g.field("os", r.os());
        g.field("cpuModel", r.cpuModel());
        g.field("logicalCores", r.logicalCores());
        g.field("jvmVendor", r.jvmVendor());
        g.field("jvmVersion", r.jvmVersion());
        g.field("pid", r.pid());
        g.field("agentVersion", r.agentVersion());
        g.name("energySource").startObject();
        EnergySourceInfo e = r.energySource();
        g.field("kind", e.kind().id());
        g.field("detail", e.detail());
        g.field("accuracyClass", e.accuracyClass().name());
        g.endObject();
        g.name("attribution").startObject();
        Attribution a = r.attribution();
        g.field("policy", a.policy());
        g.field("idlePolicy", a.idlePolicy().id());
        g.field("reservedCores", a.reservedCores());
        g.field("memoryPolicy", a.memoryPolicy());
        g.field("unitCpuSampling", a.unitCpuSampling());
        if (a.gpu().isPresent()) { // the mapper's NON_NULL rule for this optional field
            g.field("gpu", a.gpu().get());
        }
        g.endObject();
        g.name("configuration").startObject();
        for (Map.Entry<String, String> c : sorted(r.configuration()).entrySet()) {
            g.field(c.getKey(), c.getValue());
        }
        g.endObject();
        if (!r.warnings().isEmpty()) { // the mapper's NON_EMPTY rule for this optional field
            g.name("warnings").startArray();
            for (String w : r.warnings()) {
                g.value(w);
            }
            g.endArray();
        }
        if (r.gpu().isPresent()) { // the mapper's NON_NULL rule for this optional field
            gpu(g, r.gpu().get());
        }
        g.endObject();
    }

    private static void gpu(PrettyJson g, GpuInfo gpu) {
        g.name("gpu").startObject();
        g.name("devices").startArray();
        for (GpuDevice d : gpu.devices()) {
            g.startObject();
            g.field("index", d.index());
            g.field("name", d.name());
            g.field("uuid", d.uuid());
            g.endObject();
        }
        g.endArray();
        g.field("method", gpu.method());
        g.field("detail", gpu.detail());
        g.field("accuracyClass", gpu.accuracyClass().name());
        g.endObject();
    }

    private static void sample(PrettyJson g, IntervalSample s) {
        g.startObject();
        instant(g, "start", s.start());
        instant(g, "end", s.end());
        joules(g, "machineJoules", s.machineJoules());
        g.field("machineActiveJoules", s.machineActiveJoules());
        g.field("machineIdleJoules", s.machineIdleJoules());
        g.field("machineMemoryJoules", s.machineMemoryJoules());
        joules(g, "processJoules", s.processJoules());
        g.field("processCpuSeconds", s.processCpuSeconds());
        g.field("hostBusyCpuSeconds", s.hostBusyCpuSeconds());
        g.field("hostTotalCpuSeconds", s.hostTotalCpuSeconds());
        g.field("samplerCpuSeconds", s.samplerCpuSeconds());
        units(g, "units", s.units());
        g.field("unattributedJoules", s.unattributedJoules());
        g.endObject();
    }

    private static void units(PrettyJson g, String name, Map<String, UnitSample> units) {
        g.name(name).startObject();
        for (Map.Entry<String, UnitSample> u : sorted(units).entrySet()) {
            UnitSample s = u.getValue();
            g.name(u.getKey()).startObject();
            g.field("okCount", s.okCount());
            g.field("failedCount", s.failedCount());
            g.field("cpuSeconds", s.cpuSeconds());
            g.field("joules", s.joules());
            if (!s.nested().isEmpty()) { // the mapper's NON_EMPTY rule for this one optional field
                units(g, "nested", s.nested());
            }
            g.endObject();
        }
        g.endObject();
    }

    private static void joules(PrettyJson g, String name, Map<String, Double> joules) {
        g.name(name).startObject();
        for (Map.Entry<String, Double> j : sorted(joules).entrySet()) {
            g.field(j.getKey(), j.getValue());
        }
        g.endObject();
    }

    private static void instant(PrettyJson g, String name, Instant value) {
        g.field(name, InstantText.of(value));
    }

    /**
     * Maps are written in key order, as the mapper does ({@code ORDER_MAP_ENTRIES_BY_KEYS}); the model's maps
     * are usually sorted copies already, and then are not copied again.
     */
    private static <V> Map<String, V> sorted(Map<String, V> map) {
        String previous = null;
        for (String key : map.keySet()) {
            if (previous != null && previous.compareTo(key) >= 0) {
                return new TreeMap<>(map);
            }
            previous = key;
        }
        return map;
    }
}
