package dev.sci4j.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sci4j.input.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetFileTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryFieldOfAFullBudget() throws IOException {
        Budget b = BudgetFile.read(write("""
                grid: {region: TW, year: 2024}
                pue: 1.2
                aggregation: mean
                guard: {minSamples: 7, alpha: 0.01}
                units:
                  request:
                    maxSci: {value: 0.002, level: error}
                    maxEnergyPerUnitJoules: {value: 5, level: warn}
                    maxRegressionPercent: {value: 10, level: error}
                  batch:
                    maxSci: {value: 3, level: warn}
                """));

        assertThat(b.gridOrNull()).isEqualTo(GridSpec.table("TW", 2024, null));
        assertThat(b.pue()).isEqualTo(1.2);
        assertThat(b.aggregation()).isEqualTo(Aggregation.MEAN);
        assertThat(b.guard()).isEqualTo(new Guard(7, 0.01));
        UnitBudget request = b.units().get("request");
        assertThat(request.limit(LimitKind.MAX_SCI)).contains(new Limit(0.002, Level.ERROR));
        assertThat(request.limit(LimitKind.MAX_ENERGY_PER_UNIT_JOULES)).contains(new Limit(5, Level.WARN));
        assertThat(request.limit(LimitKind.MAX_REGRESSION_PERCENT)).contains(new Limit(10, Level.ERROR));
        assertThat(b.units().get("batch").limits()).containsOnlyKeys(LimitKind.MAX_SCI);
        assertThat(b.unitsInOrder()).extracting(UnitBudget::unitName).containsExactly("batch", "request");
    }

    @Test
    void aggregationIsMedianGuardIsFiveRunsAtFivePercentAndPueIsOneByDefault() throws IOException {
        Budget b = BudgetFile.read(write("""
                grid: {intensity: 500, type: average}
                units:
                  request: {maxSci: {value: 1, level: error}}
                """));

        assertThat(b.aggregation()).isEqualTo(Aggregation.MEDIAN);
        assertThat(b.guard()).isEqualTo(new Guard(5, 0.05));
        assertThat(b.pue()).isEqualTo(1.0);
        assertThat(b.gridOrNull()).isEqualTo(GridSpec.declared(500, "average"));
    }

    @Test
    void aMissingGridIsAnErrorWhenTheCheckGivesNoneEither() throws IOException {
        Budget b = BudgetFile.read(write("units: {request: {maxSci: {value: 1, level: error}}}\n"));

        assertThatThrownBy(() -> b.grid(null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no grid intensity")
                .hasMessageContaining("never checked against a default grid");
        assertThat(b.grid(GridSpec.table("TW", 2023, null)).year()).isEqualTo(2023);
    }

    @Test
    void anUnknownFieldNamesFileLineAndFieldAndListsTheKnownOnes() throws IOException {
        Path f = write("""
                grid: {region: TW, year: 2024}
                units:
                  request:
                    maxSCI: {value: 1, level: error}
                """);

        assertThatThrownBy(() -> BudgetFile.read(f))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(f + " line 4, field 'units.request.maxSCI'")
                .hasMessageContaining("maxEnergyPerUnitJoules, maxRegressionPercent, maxSci");
    }

    @Test
    void aKeyGivenTwiceIsAnError() throws IOException {
        Path f = write("""
                units:
                  request: {maxSci: {value: 1, level: error}}
                  request: {maxSci: {value: 9, level: error}}
                """);

        assertThatThrownBy(() -> BudgetFile.read(f))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("Duplicate field 'request'");
    }

    @Test
    void anUnknownLevelNamesTheFieldAndTheLevels() throws IOException {
        Path f = write("""
                grid: {region: TW, year: 2024}
                units:
                  request:
                    maxSci: {value: 1, level: fatal}
                """);

        assertThatThrownBy(() -> BudgetFile.read(f))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("units.request.maxSci")
                .hasMessageContaining("'fatal' is not known: give one of error, warn");
    }

    @Test
    void anUnknownAggregationListsTheMethods() throws IOException {
        Path f = write("aggregation: p95\nunits: {request: {maxSci: {value: 1, level: error}}}\n");

        assertThatThrownBy(() -> BudgetFile.read(f)).hasMessageContaining("give one of median, mean, min, max");
    }

    @Test
    void limitsAndGuardValuesAreValidated() throws IOException {
        assertThatThrownBy(() -> BudgetFile.read(write("units: {request: {maxSci: {value: -1, level: error}}}\n")))
                .hasMessageContaining("units.request.maxSci")
                .hasMessageContaining("value must not be negative");
        assertThatThrownBy(() -> BudgetFile.read(write("units: {request: {maxSci: {level: error}}}\n")))
                .hasMessageContaining("value is missing");
        assertThatThrownBy(() -> BudgetFile.read(write("units: {request: {}}\n")))
                .hasMessageContaining("units.request")
                .hasMessageContaining("set at least one of maxSci");
        assertThatThrownBy(() -> BudgetFile.read(
                        write("guard: {minSamples: 1}\nunits: {r: {maxSci: {value: 1, level: warn}}}\n")))
                .hasMessageContaining("field 'guard'")
                .hasMessageContaining("minSamples must be at least 2");
        assertThatThrownBy(() -> BudgetFile.read(write("pue: 0.9\nunits: {r: {maxSci: {value: 1, level: warn}}}\n")))
                .hasMessageContaining("pue must be at least 1");
        assertThatThrownBy(() ->
                        BudgetFile.read(write("grid: {region: TW}\nunits: {r: {maxSci: {value: 1, level: warn}}}\n")))
                .hasMessageContaining("field 'grid'")
                .hasMessageContaining("region and year go together");
        assertThatThrownBy(() -> BudgetFile.read(write("grid: {region: TW, year: 2024, intensity: 3, type: average}\n"
                        + "units: {r: {maxSci: {value: 1, level: warn}}}\n")))
                .hasMessageContaining("not both");
    }

    @Test
    void missingUnitsEmptyAndMissingFilesAreBadInput() throws IOException {
        assertThatThrownBy(() -> BudgetFile.read(write("grid: {region: TW, year: 2024}\n")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("units is missing");
        assertThatThrownBy(() -> BudgetFile.read(write("")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> BudgetFile.read(dir.resolve("nope.yaml")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nope.yaml: no such budget file");
        assertThatThrownBy(() -> BudgetFile.read(write("units: [1, 2\n")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("b.yaml line");
    }

    @Test
    void theSchemaDescribesExactlyTheFieldsTheReaderAccepts() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(BudgetFile.schema());

        assertThat(names(schema.get("properties")))
                .containsExactlyInAnyOrder("grid", "pue", "aggregation", "guard", "units");
        assertThat(names(schema.at("/properties/units/additionalProperties/properties")))
                .containsExactlyInAnyOrder("maxSci", "maxEnergyPerUnitJoules", "maxRegressionPercent");
        assertThat(names(schema.at("/$defs/limit/properties"))).containsExactlyInAnyOrder("value", "level");
        assertThat(names(schema.at("/properties/guard/properties"))).containsExactlyInAnyOrder("minSamples", "alpha");
        assertThat(schema.at("/properties/aggregation/enum").toString())
                .isEqualTo("[\"median\",\"mean\",\"min\",\"max\"]");
    }

    private static List<String> names(JsonNode properties) {
        List<String> out = new ArrayList<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("b.yaml"), yaml);
    }
}
