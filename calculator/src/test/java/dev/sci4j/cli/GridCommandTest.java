package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class GridCommandTest {
    @Test
    void taiwanOfficialFactorComesWithItsProvenance() {
        JsonNode j =
                CliRun.of("grid", "--region", "TW", "--year", "2023", "--json").json();

        assertThat(j.get("intensity").asDouble()).isEqualTo(494.0);
        assertThat(j.get("type").asText()).isEqualTo("average");
        assertThat(j.get("publisher").asText()).contains("經濟部能源署");
        assertThat(j.get("verified").asBoolean()).isTrue();
        assertThat(j.get("tableVersion").asText()).isNotBlank();
        assertThat(j.has("method")).isTrue();
    }

    @Test
    void unverifiedFactorSaysSoInPlainText() {
        CliRun run = CliRun.of("grid", "--region", "TW", "--year", "2024");
        assertThat(run.out()).contains("474").contains("NOT verified");
    }

    @Test
    void missingYearFailsClosedNamingTheYearsAvailable() {
        CliRun run = CliRun.of("grid", "--region", "TW", "--year", "2040");
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("2040").contains("2017").contains("2024");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anotherPublishersSeriesIsChosenExplicitly() {
        JsonNode j = CliRun.of("grid", "--region", "TW", "--year", "2024", "--source", "ember", "--json")
                .json();
        assertThat(j.get("intensity").asDouble()).isEqualTo(635.15);
        assertThat(j.get("sourceId").asText()).isEqualTo("ember");
    }
}
