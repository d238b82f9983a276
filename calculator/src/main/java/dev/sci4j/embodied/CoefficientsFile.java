package dev.sci4j.embodied;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.input.ParseProblems;
import dev.sci4j.rules.json.JsonMappers;
import dev.sci4j.rules.json.JsonStrictness;
import dev.sci4j.units.Carbon;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;

/** The JSON form of {@link EmbodiedCoefficients} (kgCO2e, component keys as in hardware files). Stateless. */
final class CoefficientsFile {
    /** Strict: a typo or a missing number in the data file must fail loudly rather than read as zero. */
    private static final ObjectMapper MAPPER = JsonMappers.jsonBuilder(JsonStrictness.STRICT_COMPLETE)
            // Beyond STRICT_COMPLETE: an explicit null is as bad as a missing number here.
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .build();

    private CoefficientsFile() {}

    record Document(String about, Base base, Map<String, AdditionEntry> additions) {}

    record Base(double kgCO2e, Map<String, Double> includes, String description, String source) {}

    record AdditionEntry(double kgCO2e, double perUnits, String unit, String source) {}

    static EmbodiedCoefficients parse(InputStream in, String name) throws IOException {
        Document doc;
        try {
            doc = MAPPER.readValue(in, Document.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(name + ": not a valid embodied coefficients file" + ParseProblems.at(e)
                    + ": " + ParseProblems.problem(e));
        }
        try {
            var base = new EmbodiedCoefficients.BaseServer(
                    Carbon.ofKilograms(doc.base().kgCO2e()),
                    byComponent(doc.base().includes()),
                    doc.base().description(),
                    doc.base().source());
            Map<HardwareComponent, EmbodiedCoefficients.Addition> additions = new EnumMap<>(HardwareComponent.class);
            byComponent(doc.additions())
                    .forEach((component, a) -> additions.put(
                            component,
                            new EmbodiedCoefficients.Addition(
                                    Carbon.ofKilograms(a.kgCO2e()), a.perUnits(), a.unit(), a.source())));
            return new EmbodiedCoefficients(base, additions);
        } catch (IllegalArgumentException e) {
            // The file's numbers break a coefficient's invariant: the file is at fault, so name it.
            throw new InvalidInputException(name + ": " + e.getMessage(), e);
        }
    }

    private static <V> Map<HardwareComponent, V> byComponent(Map<String, V> byKey) {
        Map<HardwareComponent, V> result = new EnumMap<>(HardwareComponent.class);
        byKey.forEach((key, value) -> result.put(
                HardwareComponent.byKey(key)
                        .orElseThrow(() -> new InvalidInputException(
                                "unknown component '" + key + "'; expected " + HardwareComponent.keys())),
                value));
        return result;
    }
}
