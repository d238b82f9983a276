package dev.sci4j.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.input.InputFiles;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.input.ParseProblems;
import dev.sci4j.measurement.AtomicFiles;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.MeasurementJson;
import dev.sci4j.profile.BindingErrors;
import dev.sci4j.rules.json.JsonMappers;
import dev.sci4j.rules.json.JsonStrictness;
import dev.sci4j.sign.SignatureBlock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads, validates and writes SCI reports. Reading checks, in order, and names every offending field: the
 * schema version, non-finite numbers (NaN is accepted by the parser only to be reported by name), the
 * disclosures the schema requires, then types and values through the validating records. Writing is atomic
 * (a temporary file renamed over the target). Thread-safe.
 */
public final class ReportJson {
    /** Class-path location of the report's JSON Schema (draft 2020-12). */
    public static final String SCHEMA_RESOURCE = "/dev/sci4j/report/sci-report.schema.json";

    static final ObjectMapper MAPPER = createMapper();

    private ReportJson() {}

    /** The report as a JSON tree, with the signature member when one is given. */
    public static ObjectNode toTree(SciReport report, SignatureBlock signatureOrNull) {
        ObjectNode tree = MAPPER.valueToTree(report);
        if (signatureOrNull != null) {
            tree.set(SignatureBlock.MEMBER, MAPPER.valueToTree(signatureOrNull));
        }
        return tree;
    }

    public static String text(ObjectNode tree) {
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes so that readers see the old file or the new one, never half of it. */
    public static void writeAtomically(String text, Path file) throws IOException {
        AtomicFiles.write(file, text);
    }

    /**
     * Reads and validates a report file.
     *
     * @throws InvalidReportException the file is not a valid report; names the fields
     * @throws InvalidInputException  the file is missing or unreadable
     */
    public static ReadReport read(Path file) {
        return parse(InputFiles.text(file, InputFiles.Kind.REPORT), file.toString());
    }

    /** Validates a report given as JSON text; {@code source} names it in messages. */
    public static ReadReport parse(String json, String source) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidReportException(
                    source,
                    ReportProblem.NOT_JSON,
                    List.of(),
                    "is not JSON" + ParseProblems.at(e) + ": " + ParseProblems.problem(e));
        }
        if (node == null || !node.isObject()) {
            throw new InvalidReportException(source, ReportProblem.NOT_JSON, List.of(), "is not a JSON object");
        }
        ObjectNode tree = (ObjectNode) node;
        ReportValidation.check(tree, source);
        ObjectNode body = tree.deepCopy();
        JsonNode signature = body.remove(SignatureBlock.MEMBER);
        withAbsentAsNull(body);
        try {
            SciReport report = MAPPER.treeToValue(body, SciReport.class);
            SignatureBlock block = signature == null ? null : MAPPER.treeToValue(signature, SignatureBlock.class);
            return new ReadReport(report, tree, block);
        } catch (JsonProcessingException e) {
            InvalidInputException why = BindingErrors.describe(source, e);
            throw new InvalidReportException(
                    source,
                    ReportProblem.MALFORMED,
                    List.of(BindingErrors.path(e)),
                    why.getMessage().substring(source.length() + 2));
        }
    }

    /**
     * Members a report of schema version 1 may lack because they were added later ({@code agentOverhead}'s
     * benchmarked figures) or are optional ({@code hardware}'s map members); they bind as null. Only the copy that
     * is bound is changed: a signature covers the document as it was signed.
     */
    private static void withAbsentAsNull(ObjectNode body) {
        if (body.get("hardware") instanceof ObjectNode h) {
            for (String member : List.of("description", "cpuModel", "logicalCores", "memoryGb")) {
                if (!h.has(member)) {
                    h.putNull(member);
                }
            }
        }
        if (body.get("agentOverhead") instanceof ObjectNode o) {
            for (String member : List.of("agentVersions", "requestOverheadNs", "requestOverheadSource", "statement")) {
                if (!o.has(member)) {
                    o.putNull(member);
                }
            }
        }
    }

    /** The report schema, from the class path. */
    static JsonNode schema() {
        try (InputStream in = ReportJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectMapper createMapper() {
        SimpleModule measurements = new SimpleModule("sci4j-embedded-measurements");
        measurements.addSerializer(Measurement.class, new MeasurementSerializer());
        measurements.addDeserializer(Measurement.class, new MeasurementDeserializer());
        // STRICT_COMPLETE refuses duplicated members: one could show a value to a reader and sign another.
        return JsonMappers.jsonBuilder(JsonStrictness.STRICT_COMPLETE)
                .addModule(measurements)
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
    }

    /** Embeds a measurement exactly as the measurement module writes its file. */
    private static final class MeasurementSerializer extends JsonSerializer<Measurement> {
        @Override
        public void serialize(Measurement m, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeTree(MAPPER.readTree(MeasurementJson.toJson(m)));
        }
    }

    /** Reads an embedded measurement with the measurement module's own strict reader. */
    private static final class MeasurementDeserializer extends JsonDeserializer<Measurement> {
        @Override
        public Measurement deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = ctxt.readTree(p);
            try {
                return MeasurementJson.parse(node.toString(), "embedded measurement");
            } catch (IOException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
    }
}
