package dev.sci4j.measurement;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link Measurement} with Jackson's streaming {@link JsonGenerator}: the same bytes as
 * {@link MeasurementJson#toJson} (same field order, maps in key order, same indentation), without the
 * {@code ObjectMapper}'s warm-up (~0.8 s of class loading and introspection on a cold JVM), which a short-lived
 * JVM would otherwise pay at exit for its only measurement file. The agent writes with this class;
 * {@link MeasurementJson} stays the one reader. A field added to the model must be added here too
 * ({@code MeasurementStreamWriterTest} compares both writers on a measurement with every field set).
 * Stateless and thread-safe.
 */
public final class MeasurementStreamWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private MeasurementStreamWriter() {}

    /** The measurement as indented UTF-8 JSON. */
    public static byte[] toBytes(Measurement measurement) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        write(measurement, out);
        return out.toByteArray();
    }

    /** Writes the measurement as indented UTF-8 JSON to {@code out}, which stays open. */
    public static void write(Measurement measurement, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            measurement(g, measurement);
        }
    }

    private static void measurement(JsonGenerator g, Measurement m) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", m.schemaVersion());
        g.writeFieldName("run");
        run(g, m.run());
        g.writeArrayFieldStart("samples");
        for (IntervalSample s : m.samples()) {
            sample(g, s);
        }
        g.writeEndArray();
        g.writeFieldName("aggregated");
        if (m.aggregated().isPresent()) {
            g.writeStartObject();
            g.writeNumberField("sampleCount", m.aggregated().get().sampleCount());
            g.writeFieldName("total");
            sample(g, m.aggregated().get().total());
            g.writeEndObject();
        } else {
            g.writeNull();
        }
        g.writeNumberField("skippedIntervals", m.skippedIntervals());
        g.writeEndObject();
    }

    private static void run(JsonGenerator g, RunMetadata r) throws IOException {
        g.writeStartObject();
        g.writeStringField("runId", r.runId());
        instant(g, "startedAt", r.startedAt());
        instant(g, "endedAt", r.endedAt());
        g.writeStringField("hostName", r.hostName());
        g.writeStringField("os", r.os());
        g.writeStringField("cpuModel", r.cpuModel());
        g.writeNumberField("logicalCores", r.logicalCores());
        g.writeStringField("jvmVendor", r.jvmVendor());
        g.writeStringField("jvmVersion", r.jvmVersion());
        g.writeNumberField("pid", r.pid());
        g.writeStringField("agentVersion", r.agentVersion());
        g.writeObjectFieldStart("energySource");
        EnergySourceInfo e = r.energySource();
        g.writeStringField("kind", e.kind().id());
        g.writeStringField("detail", e.detail());
        g.writeStringField("accuracyClass", e.accuracyClass().name());
        g.writeEndObject();
        g.writeObjectFieldStart("attribution");
        Attribution a = r.attribution();
        g.writeStringField("policy", a.policy());
        g.writeStringField("idlePolicy", a.idlePolicy().id());
        g.writeNumberField("reservedCores", a.reservedCores());
        g.writeStringField("memoryPolicy", a.memoryPolicy());
        g.writeStringField("unitCpuSampling", a.unitCpuSampling());
        if (a.gpu().isPresent()) { // the mapper's NON_NULL rule for this optional field
            g.writeStringField("gpu", a.gpu().get());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("configuration");
        for (Map.Entry<String, String> c : sorted(r.configuration()).entrySet()) {
            g.writeStringField(c.getKey(), c.getValue());
        }
        g.writeEndObject();
        if (!r.warnings().isEmpty()) { // the mapper's NON_EMPTY rule for this optional field
            g.writeArrayFieldStart("warnings");
            for (String w : r.warnings()) {
                g.writeString(w);
            }
            g.writeEndArray();
        }
        if (r.gpu().isPresent()) { // the mapper's NON_NULL rule for this optional field
            gpu(g, r.gpu().get());
        }
        g.writeEndObject();
    }

    private static void gpu(JsonGenerator g, GpuInfo gpu) throws IOException {
        g.writeObjectFieldStart("gpu");
        g.writeArrayFieldStart("devices");
        for (GpuDevice d : gpu.devices()) {
            g.writeStartObject();
            g.writeNumberField("index", d.index());
            g.writeStringField("name", d.name());
            g.writeStringField("uuid", d.uuid());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("method", gpu.method());
        g.writeStringField("detail", gpu.detail());
        g.writeStringField("accuracyClass", gpu.accuracyClass().name());
        g.writeEndObject();
    }

    private static void sample(JsonGenerator g, IntervalSample s) throws IOException {
        g.writeStartObject();
        instant(g, "start", s.start());
        instant(g, "end", s.end());
        joules(g, "machineJoules", s.machineJoules());
        g.writeNumberField("machineActiveJoules", s.machineActiveJoules());
        g.writeNumberField("machineIdleJoules", s.machineIdleJoules());
        g.writeNumberField("machineMemoryJoules", s.machineMemoryJoules());
        joules(g, "processJoules", s.processJoules());
        g.writeNumberField("processCpuSeconds", s.processCpuSeconds());
        g.writeNumberField("hostBusyCpuSeconds", s.hostBusyCpuSeconds());
        g.writeNumberField("hostTotalCpuSeconds", s.hostTotalCpuSeconds());
        g.writeNumberField("samplerCpuSeconds", s.samplerCpuSeconds());
        units(g, "units", s.units());
        g.writeNumberField("unattributedJoules", s.unattributedJoules());
        g.writeEndObject();
    }

    private static void units(JsonGenerator g, String name, Map<String, UnitSample> units) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, UnitSample> u : sorted(units).entrySet()) {
            UnitSample s = u.getValue();
            g.writeObjectFieldStart(u.getKey());
            g.writeNumberField("okCount", s.okCount());
            g.writeNumberField("failedCount", s.failedCount());
            g.writeNumberField("cpuSeconds", s.cpuSeconds());
            g.writeNumberField("joules", s.joules());
            if (!s.nested().isEmpty()) { // the mapper's NON_EMPTY rule for this one optional field
                units(g, "nested", s.nested());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void joules(JsonGenerator g, String name, Map<String, Double> joules) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Double> j : sorted(joules).entrySet()) {
            g.writeNumberField(j.getKey(), j.getValue());
        }
        g.writeEndObject();
    }

    private static void instant(JsonGenerator g, String name, Instant value) throws IOException {
        g.writeStringField(name, value.toString());
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
