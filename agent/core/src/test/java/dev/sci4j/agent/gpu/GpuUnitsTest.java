package dev.sci4j.agent.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sci4j.measurement.UnitSample;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GpuUnitsTest {
    private static UnitSample tokensInside(long tokens, double joules) {
        return new UnitSample(1, 0, 0.1, joules, Map.of("tokens", new UnitSample(tokens, 0, 0, 0)));
    }

    @Test
    void anOutermostKindTakesItAll() {
        Map<String, UnitSample> units = new LinkedHashMap<>();
        units.put("tokens", new UnitSample(1000, 0, 0, 0));
        units.put("http GET /health", new UnitSample(5, 0, 0.01, 1));

        GpuUnits.give(units, "tokens", 600);

        assertThat(units.get("tokens").joules()).isCloseTo(600, within(1e-9));
        assertThat(units.get("http GET /health").joules()).isCloseTo(1, within(1e-9));
    }

    @Test
    void nestedTokensShareItByCountAndTheirParentsCarryIt() {
        Map<String, UnitSample> units = new LinkedHashMap<>();
        units.put("http POST /generate", tokensInside(300, 2));
        units.put("http POST /chat", tokensInside(100, 1));
        units.put("http GET /health", new UnitSample(5, 0, 0.01, 1));

        GpuUnits.give(units, "tokens", 400);

        assertThat(units.get("http POST /generate").joules()).isCloseTo(302, within(1e-9));
        assertThat(units.get("http POST /generate").nested().get("tokens").joules())
                .isCloseTo(300, within(1e-9));
        assertThat(units.get("http POST /chat").joules()).isCloseTo(101, within(1e-9));
        assertThat(units.get("http GET /health").joules()).isCloseTo(1, within(1e-9));
        double outermost =
                units.values().stream().mapToDouble(UnitSample::joules).sum();
        assertThat(outermost).isCloseTo(4 + 400, within(1e-9));
    }

    @Test
    void withoutTheKindNothingChanges() {
        Map<String, UnitSample> units = new LinkedHashMap<>();
        units.put("http GET /health", new UnitSample(5, 0, 0.01, 1));

        GpuUnits.give(units, "tokens", 400);

        assertThat(units.get("http GET /health").joules()).isEqualTo(1);
    }
}
