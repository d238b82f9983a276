package dev.sci4j.rules.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.TokenStreamFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one place that configures Jackson mappers: every mapper in sci4j is built here, at a named
 * {@link JsonStrictness}, so two readers of user input cannot disagree on what is an error. Output settings
 * are the same for all: indented, for people and diffs. YAML mappers are configured the same way by passing
 * a YAML builder to {@link #configure}. Mappers are thread-safe once built; this class is stateless.
 */
public final class JsonMappers {
    /**
     * Nesting depth at most: sci4j's deepest document (a report embedding a measurement) nests under 10 levels;
     * a deeper one is hostile or broken, refused early, before it costs stack or memory.
     */
    public static final int MAX_NESTING_DEPTH = 64;

    /** Length of one number at most, digits: a double needs under 30. */
    public static final int MAX_NUMBER_LENGTH = 100;

    /** The limits every sci4j reader applies ({@link #MAX_NESTING_DEPTH}, {@link #MAX_NUMBER_LENGTH}). */
    public static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .build();

    private JsonMappers() {}

    /** Applies {@link #LIMITS} to {@code factory} (JSON, YAML, CSV) and returns it. */
    public static <F extends JsonFactory> F limited(F factory) {
        factory.setStreamReadConstraints(LIMITS);
        return factory;
    }

    /** A JSON mapper at {@code strictness}. */
    public static ObjectMapper json(JsonStrictness strictness) {
        return jsonBuilder(strictness).build();
    }

    /** A JSON mapper builder at {@code strictness}, for callers that add modules or visibility. */
    public static JsonMapper.Builder jsonBuilder(JsonStrictness strictness) {
        return configure(JsonMapper.builder(), strictness);
    }

    /** A mapper reading with {@code factory} (e.g. a {@code YAMLFactory}) at {@code strictness}. */
    public static ObjectMapper withFactory(JsonFactory factory, JsonStrictness strictness) {
        return configure(JsonMapper.builder(factory), strictness).build();
    }

    /**
     * Applies {@code strictness} and the output settings to any mapper builder (JSON, YAML). Each level
     * includes the settings of the levels before it.
     */
    public static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(
            B builder, JsonStrictness strictness) {
        builder.enable(SerializationFeature.INDENT_OUTPUT);
        TokenStreamFactory factory = builder.streamFactory();
        if (factory instanceof JsonFactory) {
            limited((JsonFactory) factory);
        }
        if (strictness.compareTo(JsonStrictness.STRICT) >= 0) {
            // A key given twice would otherwise silently keep the last value (and could sign one value while
            // showing another).
            builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
            builder.enable(
                    DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                    DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        }
        if (strictness.compareTo(JsonStrictness.STRICT_COMPLETE) >= 0) {
            builder.enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
        }
        if (strictness.compareTo(JsonStrictness.MEASUREMENT) >= 0) {
            builder.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
            builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        }
        return builder;
    }
}
