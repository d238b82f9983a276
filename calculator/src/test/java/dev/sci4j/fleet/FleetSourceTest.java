package dev.sci4j.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sci4j.grid.EnergyInterval;
import dev.sci4j.prometheus.PrometheusApi;
import dev.sci4j.prometheus.RangeGrid;
import dev.sci4j.prometheus.RangeSeries;
import dev.sci4j.prometheus.Selector;
import dev.sci4j.score.IntensityInput;
import dev.sci4j.units.Carbon;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fleet's energy, units and score from an in-memory {@link PrometheusApi}. */
class FleetSourceTest {
    private static final Instant T0 = Instant.parse("2024-06-01T00:00:00Z");
    private static final RangeGrid GRID = new RangeGrid(T0, T0.plusSeconds(180), Duration.ofMinutes(1));
    private static final String ENERGY = "sci_energy_joules_total{scope=\"process\",job=\"shop\"}";
    private static final String UNITS = "sci_functional_units_total{job=\"shop\"}";
    private static final String UNIT_ENERGY = "sci_unit_energy_joules_total{job=\"shop\"}";

    private final InMemoryApi api = new InMemoryApi();
    private final FleetSource source = new FleetSource(api, Selector.parse("{job=\"shop\"}"), GRID, null);

    @Test
    void aResetInOneComponentDoesNotLoseTheOthers() {
        api.add(ENERGY, Map.of("instance", "a", "component", "active", "source", "rapl"), 100.0, 200.0, 50.0, 150.0);
        api.add(ENERGY, Map.of("instance", "a", "component", "memory", "source", "rapl"), 10.0, 20.0, 30.0, 40.0);

        FleetEnergy energy = source.energy();

        // active: 100 + 50 (restart) + 100; memory: 3 × 10.
        assertThat(energy.total().joules()).isEqualTo(280);
        assertThat(energy.instances().get(0).intervals())
                .extracting(EnergyInterval::start)
                .containsExactly(GRID.at(0), GRID.at(1), GRID.at(2));
        assertThat(energy.sourceKinds()).containsExactly("rapl");
    }

    @Test
    void theInstancesBreakdownAddsUpToTheFleetAndMFollowsEnergyPerUnitKind() {
        api.add(ENERGY, Map.of("instance", "a"), 0.0, 3600.0, 7200.0, 10800.0);
        api.add(ENERGY, Map.of("instance", "b"), null, 3600.0, 7200.0, 10800.0);
        api.add(UNITS, Map.of("instance", "a", "unit", "search", "outcome", "success"), 0.0, 10.0, 20.0, 30.0);
        api.add(UNITS, Map.of("instance", "b", "unit", "checkout", "outcome", "success"), null, 1.0, 2.0, 3.0);
        api.add(UNIT_ENERGY, Map.of("instance", "b", "unit", "checkout"), null, 3600.0, 7200.0, 10800.0);

        FleetResult r = FleetScoring.score(
                source.energy(),
                source.units(),
                IntensityInput.declared(100, "average"),
                new FleetScoring.Embodied(Carbon.ofGrams(21), null),
                1.0,
                null,
                "request");

        assertThat(r.overall().score().functionalUnits()).isEqualTo(33);
        assertThat(r.instances()).extracting(i -> i.operational().grams()).containsExactly(0.3, 0.3);
        assertThat(r.instances().get(1).units()).contains(3.0);
        assertThat(r.overall().score().operational().grams()).isCloseTo(0.6, within(1e-12));
        UnitKindResult checkout = r.unitKinds().get(0);
        assertThat(checkout.unit()).isEqualTo("checkout");
        // Half the fleet's energy: half of M.
        assertThat(checkout.embodied()).contains(Carbon.ofGrams(10.5));
        assertThat(checkout.gramsPerUnit().orElseThrow()).isCloseTo((0.3 + 10.5) / 3, within(1e-12));
        assertThat(r.unitKinds().get(1).energy()).isEqualTo(Optional.empty());
    }

    @Test
    void energyAttributedToNoCountedUnitIsListedAsAKindWithoutAScore() {
        api.add(ENERGY, Map.of("instance", "a"), 0.0, 100.0, 200.0, 300.0);
        api.add(UNITS, Map.of("instance", "a", "unit", "search", "outcome", "success"), 0.0, 1.0, 2.0, 3.0);
        api.add(UNIT_ENERGY, Map.of("instance", "a", "unit", "search"), 0.0, 80.0, 160.0, 240.0);
        api.add(UNIT_ENERGY, Map.of("instance", "a", "unit", "unattributed"), 0.0, 20.0, 40.0, 60.0);

        FleetResult r = FleetScoring.score(
                source.energy(),
                source.units(),
                IntensityInput.declared(100, "average"),
                new FleetScoring.Embodied(null, null),
                1.0,
                null,
                "request");

        assertThat(r.unitKinds()).extracting(UnitKindResult::unit).containsExactly("search", "unattributed");
        UnitKindResult unattributed = r.unitKinds().get(1);
        assertThat(unattributed.count()).isZero();
        assertThat(unattributed.energy().orElseThrow().joules()).isEqualTo(60);
        assertThat(unattributed.gramsPerUnit()).isEmpty();
        assertThat(r.overall().score().functionalUnits()).isEqualTo(3);
    }

    /** Serves canned values at the grid's evaluation times; null is no value. */
    private static final class InMemoryApi implements PrometheusApi {
        private final Map<String, List<RangeSeries>> series = new HashMap<>();

        void add(String query, Map<String, String> labels, Double... values) {
            List<RangeSeries.Sample> samples = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    samples.add(new RangeSeries.Sample(GRID.at(i), values[i]));
                }
            }
            series.computeIfAbsent(query, q -> new ArrayList<>()).add(new RangeSeries(labels, samples));
        }

        @Override
        public List<RangeSeries> queryRange(String promql, RangeGrid grid) {
            return series.getOrDefault(promql, List.of());
        }

        @Override
        public String describe() {
            return "memory";
        }
    }
}
