package dev.sci4j.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonMappersTest {
    static final class Point {
        public int x;
    }

    @Test
    void strictRefusesUnknownPropertiesAndDuplicateKeys() {
        ObjectMapper strict = JsonMappers.json(JsonStrictness.STRICT);

        assertThatThrownBy(() -> strict.readValue("{\"x\": 1, \"y\": 2}", Point.class))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("\"y\"");
        assertThatThrownBy(() -> strict.readTree("{\"x\": 1, \"x\": 2}"))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("Duplicate field 'x'");
        assertThatThrownBy(() -> strict.readValue("{\"x\": 1} {}", Point.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void lenientKeepsJacksonsDefaultsForTrees() throws Exception {
        assertThat(JsonMappers.json(JsonStrictness.LENIENT)
                        .readTree("{\"x\": 1, \"x\": 2}")
                        .get("x")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void measurementRefusesFloatsForIntegers() {
        assertThatThrownBy(() -> JsonMappers.json(JsonStrictness.MEASUREMENT).readValue("{\"x\": 1.5}", Point.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void outputIsIndented() throws Exception {
        Point p = new Point();
        assertThat(JsonMappers.json(JsonStrictness.LENIENT).writeValueAsString(p))
                .contains("\n");
    }
}
