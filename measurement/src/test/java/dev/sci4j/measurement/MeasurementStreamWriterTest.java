package dev.sci4j.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeasurementStreamWriterTest {
    @Test
    void writesTheSameBytesAsTheMapperWithEveryFieldSet() throws Exception {
        Measurement m = everyFieldSet();

        String streamed = new String(MeasurementStreamWriter.toBytes(m), StandardCharsets.UTF_8);

        assertThat(streamed).isEqualTo(MeasurementJson.toJson(m));
        assertThat(MeasurementJson.parse(streamed, "streamed")).isEqualTo(m);
    }

    /** Guards the test above: a field added to the model but not to its fixture would pass it unnoticed. */
    @Test
    void theFixtureSetsEveryPropertyTheMapperWrites() throws Exception {
        ObjectMapper mapper = MeasurementJson.mapper();
        Set<String> written = new HashSet<>();
        collectFieldNames(mapper.readTree(MeasurementJson.toJson(everyFieldSet())), written);
        for (Class<?> type : List.of(
                Measurement.class,
                RunMetadata.class,
                EnergySourceInfo.class,
                Attribution.class,
                IntervalSample.class,
                UnitSample.class,
                AggregatedSamples.class,
                GpuInfo.class,
                GpuDevice.class)) {
            BeanDescription bean = mapper.getSerializationConfig().introspect(mapper.constructType(type));
            for (BeanPropertyDefinition p : bean.findProperties()) {
                if (p.couldSerialize()) {
                    assertThat(written)
                            .as(type.getSimpleName() + "." + p.getName())
                            .contains(p.getName());
                }
            }
        }
    }

    private static void collectFieldNames(JsonNode node, Set<String> names) {
        node.fields().forEachRemaining(e -> {
            names.add(e.getKey());
            collectFieldNames(e.getValue(), names);
        });
        node.elements().forEachRemaining(e -> collectFieldNames(e, names));
    }

    private static Measurement everyFieldSet() {
        Map<String, UnitSample> inner = Map.of("db query", new UnitSample(4, 0, 0.01, 0.02));
        IntervalSample withNested = IntervalSample.builder()
                .window(Fixtures.T0.plusSeconds(3), Fixtures.T0.plusSeconds(4))
                .machineJoules("memory", 1.0)
                .machineJoules("cpu", 3.0)
                .machineJoules("gpu", 5.0)
                .machineActiveJoules(2.0)
                .machineIdleJoules(1.0)
                .machineMemoryJoules(1.0)
                .processJoules(IntervalSample.ACTIVE, 1.0)
                .processJoules("gpu", 2.0)
                .processCpuSeconds(0.25)
                .hostBusyCpuSeconds(0.5)
                .hostTotalCpuSeconds(2.0)
                .samplerCpuSeconds(1e-7)
                .unit(
                        "http POST /checkout",
                        new UnitSample(2, 1, 0.125, 0.75, Map.of("checkout", new UnitSample(2, 0, 0.1, 0.5, inner))))
                .unit("a \"quoted\" ünït\n\\ \u0001\u001f\r\b\f/ \u2028", new UnitSample(1, 0, 0, 0))
                .build();
        RunMetadata run = Fixtures.run().toBuilder()
                .hostName("höst \"x\"\t")
                .attribution(Attribution.activeSplit(IdlePolicy.NONE, 0.5)
                        .withUnitCpuSampling("adaptive")
                        .withGpu("process"))
                .configuration(Map.of("z", "last", "a", "first", "interval", "1s"))
                .gpu(new GpuInfo(
                        List.of(
                                new GpuDevice(0, "NVIDIA H200", "GPU-0a1b"),
                                new GpuDevice(1, "NVIDIA H200", "GPU-2c3d")),
                        GpuInfo.MIXED,
                        "0: counter; 1: power",
                        AccuracyClass.B))
                .warnings(List.of("virtual threads: CPU time not measured", "a \"second\" one"))
                .build();
        return Measurement.of(
                run,
                List.of(Fixtures.sample(1), Fixtures.sample(2), withNested),
                AggregatedSamples.of(Fixtures.sample(0)),
                7);
    }

    @Test
    void aWriterThatRemembersSampleTextsWritesEachLaterMeasurementAsTheMapperDoes() throws Exception {
        MeasurementStreamWriter writer = new MeasurementStreamWriter();
        Measurement all = everyFieldSet();
        IntervalSample first = all.samples().get(0);
        IntervalSample second = all.samples().get(1);
        IntervalSample nested = all.samples().get(2);
        Measurement before = Measurement.of(all.run(), List.of(first, second), null, 0);
        Measurement after = Measurement.of(all.run(), List.of(second, nested), AggregatedSamples.of(first), 1);
        Measurement empty = Measurement.of(all.run(), List.of(), AggregatedSamples.of(first), 3);

        for (Measurement m : List.of(before, after, before, empty, after)) {
            assertThat(new String(writer.write(m), StandardCharsets.UTF_8)).isEqualTo(MeasurementJson.toJson(m));
        }
    }

    @Test
    void writesAnAbsentAggregateAsNullLikeTheMapper() throws Exception {
        Measurement m = Measurement.of(Fixtures.run(), List.of(), null, 0);

        String streamed = new String(MeasurementStreamWriter.toBytes(m), StandardCharsets.UTF_8);

        assertThat(streamed).isEqualTo(MeasurementJson.toJson(m)).contains("\"aggregated\" : null");
    }
}
