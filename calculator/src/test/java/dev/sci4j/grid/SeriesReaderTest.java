package dev.sci4j.grid;

import static dev.sci4j.grid.Fixtures.fixture;
import static dev.sci4j.grid.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sci4j.input.InvalidInputException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesReaderTest {
    @TempDir
    Path dir;

    // --- CSV ---

    @Test
    void electricityMapsCsvExportIsAnAverageInUtcSortedByTime() {
        IntensitySeries series = SeriesReader.read(fixture("em-export.csv"), SeriesFormat.CSV, null);

        assertThat(series.type()).isEqualTo(IntensityType.AVERAGE);
        assertThat(series.zone()).isEqualTo("TW");
        assertThat(series.source()).contains("electricitymaps").contains("(LCA)");
        assertThat(series.points()).extracting(IntensityPoint::gramsPerKwh).containsExactly(545.5, 540.12, 531.0);
        assertThat(series.start()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(series.points()).allSatisfy(p -> assertThat(p.duration()).isEqualTo(Duration.ofHours(1)));
        assertThat(series.end()).isEqualTo(Instant.parse("2024-01-01T03:00:00Z"));
    }

    @Test
    void electricityMapsCsvRejectsADeclaredMarginalType() {
        assertThatThrownBy(() ->
                        SeriesReader.read(fixture("em-export.csv"), SeriesFormat.CSV, IntensityType.MARGINAL_SHORT_RUN))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("em-export.csv")
                .hasMessageContaining("holds average intensities")
                .hasMessageContaining("marginal-short-run");
    }

    @Test
    void severalIntensityColumnsAreAnErrorUnlessOneIsNamed() {
        Path file = fixture("em-export-direct-and-lca.csv");
        assertThatThrownBy(() -> SeriesReader.read(file, SeriesFormat.CSV, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("(direct)")
                .hasMessageContaining("(LCA)")
                .hasMessageContaining("name the one to use");

        IntensitySeries lca = SeriesReader.read(file, SeriesFormat.CSV, null, "Carbon Intensity gCO₂eq/kWh (LCA)");
        assertThat(lca.points()).extracting(IntensityPoint::gramsPerKwh).containsExactly(545.5, 540.12);
    }

    @Test
    void genericCsvNeedsADeclaredTypeAndReadsOffsetsAndDurations() {
        Path file = fixture("generic.csv");
        assertThatThrownBy(() -> SeriesReader.read(file, SeriesFormat.CSV, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("generic.csv")
                .hasMessageContaining("declare the intensity type");

        IntensitySeries series = SeriesReader.read(file, SeriesFormat.CSV, IntensityType.MARGINAL_LONG_RUN);
        assertThat(series.type()).isEqualTo(IntensityType.MARGINAL_LONG_RUN);
        assertThat(series.zone()).isEqualTo("TW");
        assertThat(series.start()).isEqualTo(Instant.parse("2024-05-31T16:00:00Z"));
        assertThat(series.points())
                .extracting(IntensityPoint::duration)
                .containsExactly(Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofHours(1));
        assertThat(series.points()).extracting(IntensityPoint::gramsPerKwh).containsExactly(510.0, 500.0, 490.5);
    }

    @Test
    void aTimestampWithoutOffsetIsAnErrorUnlessTheHeaderSaysUtc() {
        Path noZone =
                write(dir, "local.csv", "time,carbon_intensity\n2024-01-01 00:00:00,500\n2024-01-01 01:00:00,510\n");
        assertThatThrownBy(() -> SeriesReader.read(noZone, SeriesFormat.CSV, IntensityType.AVERAGE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("local.csv line 2, field 'time'")
                .hasMessageContaining("has no time zone");

        Path utc = write(
                dir, "utc.csv", "Time (UTC),carbon_intensity\n2024-01-01 00:00:00,500\n2024-01-01 01:00:00,510\n");
        assertThat(SeriesReader.read(utc, SeriesFormat.CSV, IntensityType.AVERAGE)
                        .start())
                .isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void csvWithoutIntensityOrTimeColumnNamesWhatIsMissing() {
        Path noIntensity = write(dir, "a.csv", "datetime,value\n2024-01-01T00:00:00Z,5\n");
        assertThatThrownBy(() -> SeriesReader.read(noIntensity, SeriesFormat.CSV, IntensityType.AVERAGE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("a.csv line 1, field 'intensity'");
        Path noTime = write(dir, "b.csv", "when,carbon_intensity\n2024-01-01T00:00:00Z,5\n");
        assertThatThrownBy(() -> SeriesReader.read(noTime, SeriesFormat.CSV, IntensityType.AVERAGE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("b.csv line 1, field 'datetime'");
    }

    @Test
    void csvIntensityInAnotherUnitIsRejected() {
        Path file = write(dir, "kg.csv", "datetime,carbon_intensity_kg_per_kwh\n2024-01-01T00:00:00Z,0.5\n");
        assertThatThrownBy(() -> SeriesReader.read(file, SeriesFormat.CSV, IntensityType.AVERAGE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("kg.csv line 1")
                .hasMessageContaining("gCO2e/kWh");
    }

    @Test
    void badCsvValuesNameFileLineAndField() {
        String header = "datetime,carbon_intensity\n";
        String good = "2024-01-01T00:00:00Z,500\n";
        assertCsvError(
                header + good + "2024-01-01T01:00:00Z,abc\n",
                "line 3, field 'carbon_intensity'",
                "'abc' is not a number");
        assertCsvError(
                header + good + "2024-01-01T01:00:00Z,NaN\n", "line 3, field 'carbon_intensity'", "not a number");
        assertCsvError(
                header + good + "\n2024-01-01T01:00:00Z,-4\n",
                "line 4, field 'carbon_intensity'",
                "must not be negative");
        assertCsvError(header + good + "2024-01-01T01:00:00Z,\n", "line 3, field 'carbon_intensity'", "is empty");
        assertCsvError(header + good + "yesterday,500\n", "line 3, field 'datetime'", "not an ISO-8601 timestamp");
        assertCsvError(
                header + good + "2024-01-01T00:00:00Z,510\n",
                "line 3, field 'datetime'",
                "appears twice (also on line 2)");
        assertCsvError(header + good + "2024-01-01T01:00:00Z,5,6\n", "line 3, field '(row)'", "3 values");
    }

    private void assertCsvError(String content, String where, String problem) {
        Path file = write(dir, "bad.csv", content);
        assertThatThrownBy(() -> SeriesReader.read(file, SeriesFormat.CSV, IntensityType.AVERAGE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(file + " " + where)
                .hasMessageContaining(problem);
    }

    @Test
    void aSinglePointWithoutDurationIsAnError() {
        Path file = write(dir, "one.csv", "datetime,carbon_intensity\n2024-01-01T00:00:00Z,500\n");
        assertThatThrownBy(() -> SeriesReader.read(file, SeriesFormat.CSV, IntensityType.AVERAGE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("one.csv line 2, field 'datetime'")
                .hasMessageContaining("give its duration");
    }

    @Test
    void missingDurationsTakeTheSpacingToTheNextPointAndTheLastThePreviousSpacing() {
        Path file = write(
                dir,
                "gaps.csv",
                "datetime,carbon_intensity\n"
                        + "2024-01-01T00:00:00Z,1\n2024-01-01T00:15:00Z,2\n2024-01-01T01:15:00Z,3\n");
        IntensitySeries series = SeriesReader.read(file, SeriesFormat.CSV, IntensityType.AVERAGE);
        assertThat(series.points())
                .extracting(IntensityPoint::duration)
                .containsExactly(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(1));
    }

    @Test
    void overlappingGivenDurationsNameTheTimestamps() {
        Path file = write(
                dir,
                "overlap.csv",
                "datetime,carbon_intensity,duration\n" + "2024-01-01T00:00:00Z,1,PT2H\n2024-01-01T01:00:00Z,2,PT1H\n");
        assertThatThrownBy(() -> SeriesReader.read(file, SeriesFormat.CSV, IntensityType.AVERAGE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("overlap.csv")
                .hasMessageContaining("2024-01-01T00:00:00Z")
                .hasMessageContaining("2024-01-01T01:00:00Z");
    }

    // --- Electricity Maps JSON ---

    @Test
    void electricityMapsLatestIsOneHourlyAveragePoint() {
        IntensitySeries series = SeriesReader.read(fixture("em-latest.json"), SeriesFormat.ELECTRICITY_MAPS, null);

        assertThat(series.type()).isEqualTo(IntensityType.AVERAGE);
        assertThat(series.zone()).isEqualTo("TW");
        assertThat(series.source()).contains("lifecycle");
        assertThat(series.points())
                .containsExactly(new IntensityPoint(Instant.parse("2024-03-01T10:00:00Z"), Duration.ofHours(1), 523));
    }

    @Test
    void electricityMapsHistoryInfersDurationsFromSpacing() {
        IntensitySeries series =
                SeriesReader.read(fixture("em-history.json"), SeriesFormat.ELECTRICITY_MAPS, IntensityType.AVERAGE);

        assertThat(series.zone()).isEqualTo("DE");
        assertThat(series.points()).extracting(IntensityPoint::gramsPerKwh).containsExactly(300.0, 310.0, 320.5);
        assertThat(series.end()).isEqualTo(Instant.parse("2024-03-01T03:00:00Z"));
    }

    @Test
    void electricityMapsDataArrayUsesEachPointsGranularity() {
        IntensitySeries series = SeriesReader.read(fixture("em-past-range.json"), SeriesFormat.ELECTRICITY_MAPS, null);

        assertThat(series.zone()).isEqualTo("JP-TK");
        assertThat(series.source()).contains("direct");
        assertThat(series.points()).extracting(IntensityPoint::duration).containsOnly(Duration.ofMinutes(15));
    }

    @Test
    void electricityMapsRejectsADeclaredMarginalType() {
        assertThatThrownBy(() -> SeriesReader.read(
                        fixture("em-latest.json"), SeriesFormat.ELECTRICITY_MAPS, IntensityType.MARGINAL_LONG_RUN))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("holds average intensities");
    }

    @Test
    void badElectricityMapsJsonNamesFileLineAndField() {
        Path text = write(
                dir,
                "em.json",
                "{\n  \"zone\": \"TW\",\n  \"history\": [\n"
                        + "    {\"carbonIntensity\": 500, \"datetime\": \"2024-01-01T00:00:00Z\"},\n"
                        + "    {\"carbonIntensity\": \"high\",\n     \"datetime\": \"2024-01-01T01:00:00Z\"}\n  ]\n}\n");
        assertThatThrownBy(() -> SeriesReader.read(text, SeriesFormat.ELECTRICITY_MAPS, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(text + " line 5, field 'history[1].carbonIntensity'")
                .hasMessageContaining("must be a number");

        Path missing = write(
                dir,
                "em2.json",
                "{\n  \"zone\": \"TW\",\n  \"carbonIntensity\": 500,\n" + "  \"temporalGranularity\": \"hourly\"\n}\n");
        assertThatThrownBy(() -> SeriesReader.read(missing, SeriesFormat.ELECTRICITY_MAPS, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(missing + " line 1, field 'datetime'")
                .hasMessageContaining("is missing");

        Path negative = write(
                dir,
                "em3.json",
                "{\"zone\": \"TW\",\n\"datetime\": \"2024-01-01T00:00:00Z\",\n"
                        + "\"temporalGranularity\": \"hourly\",\n\"carbonIntensity\": -1}\n");
        assertThatThrownBy(() -> SeriesReader.read(negative, SeriesFormat.ELECTRICITY_MAPS, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(negative + " line 4, field 'carbonIntensity'")
                .hasMessageContaining("must not be negative");

        Path monthly = write(
                dir,
                "em4.json",
                "{\"zone\": \"TW\", \"datetime\": \"2024-01-01T00:00:00Z\",\n"
                        + "\"temporalGranularity\": \"monthly\", \"carbonIntensity\": 1}\n");
        assertThatThrownBy(() -> SeriesReader.read(monthly, SeriesFormat.ELECTRICITY_MAPS, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(monthly + " line 2, field 'temporalGranularity'");
    }

    @Test
    void malformedJsonNamesTheLine() {
        Path file = write(dir, "broken.json", "{\n  \"zone\": \"TW\",\n  \"carbonIntensity\": 5,,\n}\n");
        assertThatThrownBy(() -> SeriesReader.read(file, SeriesFormat.ELECTRICITY_MAPS, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(file + " line 3, field '")
                .hasMessageContaining("is not valid JSON");

        Path empty = write(dir, "empty.json", "");
        assertThatThrownBy(() -> SeriesReader.read(empty, SeriesFormat.WATTTIME, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty.json")
                .hasMessageContaining("is empty");
    }

    // --- WattTime ---

    @Test
    void wattTimeMoerIsMarginalShortRunConvertedFromPoundsPerMegawattHour() {
        IntensitySeries series = SeriesReader.read(fixture("watttime-moer.json"), SeriesFormat.WATTTIME, null);

        assertThat(series.type()).isEqualTo(IntensityType.MARGINAL_SHORT_RUN);
        assertThat(series.zone()).isEqualTo("CAISO_NORTH");
        assertThat(series.source()).contains("co2_moer");
        IntensityPoint first = series.points().get(0);
        assertThat(first.start()).isEqualTo(Instant.parse("2024-02-10T00:00:00Z"));
        assertThat(first.gramsPerKwh()).isCloseTo(453.59237, within(1e-9));
        assertThat(first.duration()).isEqualTo(Duration.ofMinutes(5));
        assertThat(series.points()).hasSize(3);
    }

    @Test
    void wattTimeAoerIsAnAverageAndContradictingDeclarationsAreErrors() {
        Path aoer = write(
                dir,
                "aoer.json",
                "{\"data\": [{\"point_time\": \"2024-01-01T00:00:00Z\", \"value\": 1000},"
                        + " {\"point_time\": \"2024-01-01T00:05:00Z\", \"value\": 900}],"
                        + " \"meta\": {\"signal_type\": \"co2_aoer\", \"units\": \"lbs_co2_per_mwh\"}}");
        assertThat(SeriesReader.read(aoer, SeriesFormat.WATTTIME, null).type()).isEqualTo(IntensityType.AVERAGE);
        assertThatThrownBy(() ->
                        SeriesReader.read(fixture("watttime-moer.json"), SeriesFormat.WATTTIME, IntensityType.AVERAGE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("holds marginal-short-run intensities");
    }

    @Test
    void wattTimeInOtherUnitsIsRejectedNamingThem() {
        Path file = write(
                dir,
                "kg.json",
                "{\"data\": [{\"point_time\": \"2024-01-01T00:00:00Z\", \"value\": 1}],\n"
                        + "\"meta\": {\"signal_type\": \"co2_moer\",\n\"units\": \"kg_co2_per_mwh\"}}");
        assertThatThrownBy(() -> SeriesReader.read(file, SeriesFormat.WATTTIME, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(file + " line 3, field 'meta.units'")
                .hasMessageContaining("kg_co2_per_mwh");
    }

    // --- Carbon Aware SDK ---

    @Test
    void carbonAwareReadsTimeSpanAndIsoDurationsAndNeedsADeclaredType() {
        Path file = fixture("carbon-aware.json");
        assertThatThrownBy(() -> SeriesReader.read(file, SeriesFormat.CARBON_AWARE, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("declare the intensity type");

        IntensitySeries series = SeriesReader.read(file, SeriesFormat.CARBON_AWARE, IntensityType.MARGINAL_SHORT_RUN);
        assertThat(series.type()).isEqualTo(IntensityType.MARGINAL_SHORT_RUN);
        assertThat(series.zone()).isEqualTo("eastus");
        assertThat(series.points())
                .extracting(IntensityPoint::duration)
                .containsExactly(Duration.ofHours(1), Duration.ofHours(1), Duration.ofMinutes(30));
        assertThat(series.end()).isEqualTo(Instant.parse("2024-04-01T02:30:00Z"));
    }

    @Test
    void carbonAwareBadDurationAndMixedLocationsNameLineAndField() {
        Path duration = write(
                dir,
                "ca.json",
                "[\n{\"location\": \"eastus\", \"time\": \"2024-04-01T00:00:00Z\",\n"
                        + " \"rating\": 1, \"duration\": \"an hour\"}\n]");
        assertThatThrownBy(() -> SeriesReader.read(duration, SeriesFormat.CARBON_AWARE, IntensityType.AVERAGE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(duration + " line 3, field '[0].duration'");

        Path mixed = write(
                dir,
                "ca2.json",
                "[\n{\"location\": \"eastus\", \"time\": \"2024-04-01T00:00:00Z\", \"rating\": 1},\n"
                        + "{\"location\": \"westus\", \"time\": \"2024-04-01T01:00:00Z\", \"rating\": 1}\n]");
        assertThatThrownBy(() -> SeriesReader.read(mixed, SeriesFormat.CARBON_AWARE, IntensityType.AVERAGE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(mixed + " line 3, field '[1].location'");
    }
}
