package dev.sci4j.cli;

import dev.sci4j.score.IntensityInput;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The mutually exclusive ways to give I to {@code sci4j score}. */
final class IntensityOptions {
    @ArgGroup(exclusive = false, heading = "  a static value:%n")
    Declared declared;

    @ArgGroup(exclusive = false, heading = "  a yearly factor from the bundled table (see 'sci4j grid'):%n")
    Table table;

    @ArgGroup(exclusive = false, heading = "  a time series aligned with --energy-series:%n")
    Series series;

    static final class Declared {
        @Option(
                names = "--intensity",
                required = true,
                paramLabel = "G",
                description = "I in gCO2e/kWh, location-based (market-based figures are not allowed).")
        double gramsPerKwh;

        @Option(
                names = "--intensity-type",
                paramLabel = "TYPE",
                defaultValue = "average",
                description = "average, marginal-short-run or marginal-long-run (default: ${DEFAULT-VALUE}).")
        String type;
    }

    static final class Table {
        @Option(
                names = "--region",
                required = true,
                paramLabel = "REGION",
                description = "e.g. TW (Taiwan's official factor).")
        String region;

        @Option(
                names = "--year",
                required = true,
                paramLabel = "YEAR",
                description = "The factor's year; a missing year is an error.")
        int year;

        @Option(
                names = "--grid-source",
                paramLabel = "ID",
                description = "The factor's publisher series (default: the region's official one).")
        String source;
    }

    static final class Series {
        @Option(
                names = "--grid-series",
                required = true,
                paramLabel = "FILE",
                description = "Intensity time series file.")
        Path file;

        @Option(
                names = "--grid-format",
                required = true,
                paramLabel = "FORMAT",
                description = "csv, electricitymaps, watttime or carbon-aware.")
        String format;

        @Option(
                names = "--grid-type",
                paramLabel = "TYPE",
                description =
                        "The series' intensity type, required for csv and carbon-aware (the others carry their own).")
        String type;

        @Option(
                names = "--grid-column",
                paramLabel = "HEADER",
                description =
                        "For CSV files with several intensity columns (e.g. Electricity Maps' direct and LCA): the header to use.")
        String column;

        @Option(
                names = "--grid-fallback",
                paramLabel = "G",
                description =
                        "gCO2e/kWh for intervals the series does not cover (otherwise they are an error); disclosed.")
        Double fallbackGramsPerKwh;
    }

    IntensityInput resolve() {
        if (table != null) {
            return IntensityInput.table(table.region, table.year, table.source);
        }
        if (series != null) {
            return IntensityInput.series(
                    series.file, series.format, series.type, series.column, series.fallbackGramsPerKwh);
        }
        return IntensityInput.declared(declared.gramsPerKwh, declared.type);
    }
}
