package dev.sci4j.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sci4j.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void sortsMembersAndDropsWhitespace() throws Exception {
        String text = CanonicalJson.text(
                MAPPER.readTree("{ \"b\" : [1, 2.50, true, null], \"a\" : {\"z\": \"x\", \"y\": -0.0} }"));
        assertThat(text).isEqualTo("{\"a\":{\"y\":0,\"z\":\"x\"},\"b\":[1,2.5,true,null]}");
    }

    @Test
    void escapesOnlyWhatRfc8785Escapes() throws Exception {
        String text = CanonicalJson.text(MAPPER.readTree("{\"s\":\"\\u20ac \\\"q\\\" \\\\ \\n \\u0001 公文 /\"}"));
        assertThat(text).isEqualTo("{\"s\":\"€ \\\"q\\\" \\\\ \\n \\u0001 公文 /\"}");
    }

    @Test
    void sortsByUtf16CodeUnits() throws Exception {
        // RFC 8785 section 3.2.3 example order: "\r" < "1" < "\u0080" < "\u00f6" < "\u20ac" < "\ud83d\ude00" <
        // "\ufb33".
        String text = CanonicalJson.text(MAPPER.readTree(
                "{\"\\u20ac\":1,\"\\r\":2,\"\\ufb33\":3,\"1\":4,\"\\ud83d\\ude00\":5,\"\\u0080\":6,\"\\u00f6\":7}"));
        assertThat(text).isEqualTo("{\"\\r\":2,\"1\":4,\"\u0080\":6,\"ö\":7,\"€\":1,\"😀\":5,\"דּ\":3}");
    }

    @ParameterizedTest
    @CsvSource({
        "1.0,1",
        "0.5,0.5",
        "100,100",
        "1e21,1e+21",
        "1e20,100000000000000000000",
        "0.000001,0.000001",
        "1e-7,1e-7",
        "123.456,123.456",
        "-1.5e-10,-1.5e-10",
        "0.1,0.1",
        "4.94E-4,0.000494",
        "333333333.33333329,333333333.3333333",
        "1E30,1e+30",
        "5E-324,5e-324",
        "1.7976931348623157e308,1.7976931348623157e+308"
    })
    void writesNumbersTheEcmaScriptWay(double value, String expected) {
        assertThat(CanonicalJson.number(value, "x")).isEqualTo(expected);
    }

    @Test
    void refusesNaN() {
        assertThatThrownBy(() -> CanonicalJson.number(Double.NaN, "result.sci"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("result.sci");
    }
}
