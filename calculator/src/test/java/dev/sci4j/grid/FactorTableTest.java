package dev.sci4j.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sci4j.input.InvalidInputException;
import dev.sci4j.units.Units;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactorTableTest {
    private final FactorTable table = FactorTable.bundled();

    @Test
    void taiwan2023IsTheOfficial494GramsWithItsProvenance() {
        GridFactor factor = table.lookup("TW", 2023, null);

        assertThat(factor.gramsPerKwh()).isEqualTo(494.0);
        assertThat(factor.intensity().gramsPerKwh()).isEqualTo(494.0);
        assertThat(factor.sourceId()).isEqualTo("tw-moea-ea");
        assertThat(factor.publisher()).contains("Energy Administration").contains("經濟部能源署");
        assertThat(factor.method()).startsWith("sales-based");
        assertThat(factor.type()).isEqualTo(IntensityType.AVERAGE);
        assertThat(factor.verified()).isTrue();
        assertThat(factor.publishedValue()).isEqualTo(0.494);
        assertThat(factor.publishedUnit()).isEqualTo("kgCO2e/kWh");
        assertThat(factor.region()).isEqualTo("TW");
        assertThat(factor.year()).isEqualTo(2023);
    }

    @Test
    void everyStoredGramFigureAgreesWithThePublishedValueThroughUnits() {
        for (String region : table.regions()) {
            for (String source : table.sources(region)) {
                for (int year : table.years(region, source)) {
                    GridFactor factor = table.lookup(region, year, source);
                    double converted = "kgCO2e/kWh".equals(factor.publishedUnit())
                            ? Units.kgPerKwhToGPerKwh(factor.publishedValue())
                            : factor.publishedValue();
                    assertThat(converted)
                            .as(region + " " + year + " " + source)
                            .isCloseTo(factor.gramsPerKwh(), within(1e-9));
                }
            }
        }
    }

    @Test
    void taiwan2024IsNotYetVerifiedAndSaysWhereToConfirmIt() {
        GridFactor factor = table.lookup("tw", 2024, "tw-moea-ea");

        assertThat(factor.gramsPerKwh()).isEqualTo(474.0);
        assertThat(factor.verified()).isFalse();
        assertThat(factor.announced()).isEqualTo(LocalDate.of(2025, 4, 14));
        assertThat(factor.note()).contains("Energy Administration's page");
    }

    @Test
    void taiwanOfficialSeriesCovers2017To2024AndOnlyTheLatestIsUnverified() {
        assertThat(table.years("TW", "tw-moea-ea")).containsExactly(2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024);
        for (int year = 2017; year <= 2023; year++) {
            assertThat(table.lookup("TW", year, null).verified())
                    .as("year " + year)
                    .isTrue();
        }
    }

    @Test
    void aMissingYearListsTheYearsAvailableAndNeverFallsBack() {
        assertThatThrownBy(() -> table.lookup("TW", 2040, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("no grid intensity factor for TW in 2040 from tw-moea-ea; years available: 2017, 2018,"
                        + " 2019, 2020, 2021, 2022, 2023, 2024");
        assertThatThrownBy(() -> table.lookup("TW", 2021, "electricity-maps-lifecycle"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("years available: 2022, 2023, 2024");
    }

    @Test
    void otherSourcesForTaiwanAreKeptApartFromTheOfficialFactor() {
        assertThat(table.sources("TW")).containsExactly("electricity-maps-lifecycle", "ember", "tw-moea-ea");
        assertThat(table.lookup("TW", 2024, "ember").gramsPerKwh()).isEqualTo(635.15);
        assertThat(table.lookup("TW", 2024, "electricity-maps-lifecycle").gramsPerKwh())
                .isEqualTo(525.0);
        assertThat(table.lookup("TW", 2024, "ember").method()).startsWith("generation-based");
    }

    @Test
    void aRegionWithOneSourceNeedsNoSourceName() {
        assertThat(table.lookup("world", 2024, null).gramsPerKwh()).isEqualTo(472.94);
        assertThat(table.lookup("DE", 2024, null).sourceId()).isEqualTo("ember");
        assertThat(table.regions()).containsExactly("DE", "JP", "KR", "TW", "WORLD");
    }

    @Test
    void anUnknownRegionListsTheRegions() {
        assertThatThrownBy(() -> table.lookup("XX", 2024, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'XX'")
                .hasMessageContaining("regions available: DE, JP, KR, TW, WORLD");
    }

    @Test
    void anUnknownSourceListsTheRegionsSources() {
        assertThatThrownBy(() -> table.lookup("TW", 2023, "taipower"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'taipower'")
                .hasMessageContaining("sources for TW: electricity-maps-lifecycle, ember, tw-moea-ea");
    }

    @Test
    void severalSourcesAndNoDefaultAskForASource() {
        FactorTable twoSources = FactorTable.load("two-sources-no-default.json");

        assertThatThrownBy(() -> twoSources.lookup("XY", 2024, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("several sources (a, b)")
                .hasMessageContaining("name the source");
        assertThat(twoSources.lookup("XY", 2024, "b").gramsPerKwh()).isEqualTo(200.0);
    }

    @Test
    void theTableHasAVersionAndIsParsedOnce() {
        assertThat(table.version()).isEqualTo("2026.11.0");
        assertThat(FactorTable.bundled()).isSameAs(table);
        List<Integer> years = table.years("TW", null);
        assertThatThrownBy(() -> years.add(2030)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.regions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
