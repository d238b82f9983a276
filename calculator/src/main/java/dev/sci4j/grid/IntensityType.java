package dev.sci4j.grid;

import dev.sci4j.input.InvalidInputException;
import dev.sci4j.input.Labelled;
import java.util.Set;

/**
 * The kind of location-based grid intensity an SCI score used (ISO/IEC 21031 allows these three and asks that
 * the kind be recorded). Market-based instruments are not a kind of intensity here: {@link #parse} rejects
 * them by name so a user who types "rec" learns why. Immutable and thread-safe.
 */
public enum IntensityType implements Labelled {
    AVERAGE("average"),
    MARGINAL_SHORT_RUN("marginal-short-run"),
    MARGINAL_LONG_RUN("marginal-long-run");

    /** Words for market-based instruments, compared after {@link #normalise}. */
    private static final Set<String> MARKET_BASED = Set.of(
            "market",
            "market-based",
            "rec",
            "recs",
            "ppa",
            "ppas",
            "eac",
            "eacs",
            "certificate",
            "certificates",
            "guarantee-of-origin",
            "guarantees-of-origin",
            "go",
            "gos",
            "i-rec",
            "i-recs",
            "residual-mix",
            "offset",
            "offsets");

    private final String id;

    IntensityType(String id) {
        this.id = id;
    }

    /** The id users write and reports print, e.g. {@code marginal-short-run}. */
    @Override
    public String id() {
        return id;
    }

    /**
     * Reads an id, case-insensitively; underscores and spaces count as hyphens so the enum names work too.
     *
     * @throws InvalidInputException for a market-based word or any unknown text
     */
    public static IntensityType parse(String text) {
        return Labelled.find(IntensityType.class, text).orElseThrow(() -> {
            String key = text == null ? "" : Labelled.normalise(text);
            if (MARKET_BASED.contains(key) || key.startsWith("market-")) {
                return new InvalidInputException("intensity type '" + text.trim() + "' is a market-based instrument"
                        + " (RECs, PPAs, certificates), which ISO/IEC 21031 excludes: give a location-based intensity"
                        + " of type average, marginal-short-run or marginal-long-run");
            }
            return Labelled.unknown(IntensityType.class, text, "intensity type");
        });
    }
}
