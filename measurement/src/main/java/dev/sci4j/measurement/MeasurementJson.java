package dev.sci4j.measurement;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.sci4j.rules.json.JsonMappers;
import dev.sci4j.rules.json.JsonProblems;
import dev.sci4j.rules.json.JsonStrictness;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads and writes {@link Measurement} files. Strict: every field is required (optional values are written as
 * {@code null} or empty), unknown fields are rejected, and constructors validate values, so a file that reads
 * is a file the calculator can trust. Numbers are written by Jackson in locale-independent form.
 * Thread-safe (the underlying mapper is configured once and shared).
 */
public final class MeasurementJson {
    /** Class-path location of the JSON Schema (draft 2020-12) describing the file. */
    public static final String SCHEMA_RESOURCE = "/dev/sci4j/measurement/measurement.schema.json";

    private static final ObjectMapper MAPPER = createMapper();

    private MeasurementJson() {}

    /**
     * Reads and validates a measurement file.
     *
     * @throws InvalidMeasurementException the file is malformed; the message names file, line and field
     * @throws IOException                 the file cannot be read
     */
    public static Measurement read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return MAPPER.readValue(in, Measurement.class);
        } catch (JsonProcessingException e) {
            throw invalid(file.toString(), e);
        }
    }

    /** Parses a measurement from a JSON string; {@code sourceName} appears in error messages. */
    public static Measurement parse(String json, String sourceName) throws InvalidMeasurementException {
        try {
            return MAPPER.readValue(json, Measurement.class);
        } catch (JsonProcessingException e) {
            throw invalid(sourceName, e);
        }
    }

    /** The measurement as indented JSON text. */
    public static String toJson(Measurement measurement) {
        try {
            return MAPPER.writeValueAsString(measurement);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise measurement", e);
        }
    }

    /**
     * Writes the file so that readers see either the previous or the new content, never half of it: the JSON
     * goes to a temporary file in the same directory, is flushed to disk, and is renamed over the target with
     * {@code ATOMIC_MOVE}. Creates the parent directory if needed.
     */
    public static void writeAtomically(Measurement measurement, Path file) throws IOException {
        AtomicFiles.write(file, toJson(measurement).getBytes(StandardCharsets.UTF_8));
    }

    /** The JSON Schema describing the file, from the class path. */
    public static URL schema() {
        return MeasurementJson.class.getResource(SCHEMA_RESOURCE);
    }

    private static InvalidMeasurementException invalid(String source, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? -1 : loc.getLineNr();
        int column = loc == null ? -1 : loc.getColumnNr();
        String field = "(document)";
        String problem = e.getOriginalMessage();
        if (e instanceof JsonMappingException) {
            String path = path((JsonMappingException) e);
            field = path.isEmpty() ? "(root)" : path;
        }
        if (e instanceof ValueInstantiationException
                && e.getCause() != null
                && e.getCause().getMessage() != null) {
            problem = e.getCause().getMessage();
        }
        return new InvalidMeasurementException(source, line, column, field, JsonProblems.clean(problem), e);
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** The one mapper, for tests that compare other writers with it. */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper createMapper() {
        SimpleModule instants = new SimpleModule("sci4j-instants");
        instants.addSerializer(Instant.class, new InstantSerializer());
        instants.addDeserializer(Instant.class, new InstantDeserializer());
        return JsonMappers.jsonBuilder(JsonStrictness.MEASUREMENT)
                .addModule(instants)
                // The value classes expose record-style accessors, so Jackson reads and writes their fields.
                .visibility(PropertyAccessor.ALL, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
                .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                // Optional fields (added after version 1 first shipped): absent reads as none.
                .injectableValues(new InjectableValues.Std()
                        .addValue(UnitSample.NO_NESTED, null)
                        .addValue(RunMetadata.NO_WARNINGS, null)
                        .addValue(RunMetadata.NO_GPU, null)
                        .addValue(Attribution.NO_GPU, null))
                // Maps are written in key order so two runs' files diff cleanly.
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
    }

    /** ISO-8601 text such as {@code 2026-01-01T00:00:00.123Z}. */
    private static final class InstantSerializer extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class InstantDeserializer extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            if (text == null) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                return (Instant) ctxt.handleWeirdStringValue(
                        Instant.class, text, "not an ISO-8601 instant such as 2026-01-01T00:00:00Z");
            }
        }
    }
}
