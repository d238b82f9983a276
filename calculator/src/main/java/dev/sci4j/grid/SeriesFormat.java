package dev.sci4j.grid;

import dev.sci4j.input.Labelled;

/** The time-series file formats {@link SeriesReader} understands. Immutable and thread-safe. */
public enum SeriesFormat implements Labelled {
    /** A CSV with a header (e.g. an Electricity Maps export), intensities in gCO2e/kWh. */
    CSV("csv"),
    /** Electricity Maps API v3 carbon-intensity JSON (gCO2eq/kWh). */
    ELECTRICITY_MAPS("electricitymaps"),
    /** WattTime API v3 signal JSON (lbs CO2/MWh). */
    WATTTIME("watttime"),
    /** Green Software Foundation Carbon Aware SDK {@code /emissions/bylocation} JSON (g/kWh). */
    CARBON_AWARE("carbon-aware");

    private final String id;

    SeriesFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Reads an id case-insensitively, e.g. {@code watttime}; unknown text lists the ids. */
    public static SeriesFormat parse(String text) {
        return Labelled.parse(SeriesFormat.class, text, "series format");
    }
}
