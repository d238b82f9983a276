package dev.sci4j.grid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.rules.json.JsonMappers;
import dev.sci4j.rules.json.JsonStrictness;
import dev.sci4j.units.Units;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;

/**
 * The versioned table of yearly grid intensity factors bundled with sci4j
 * ({@code dev/sci4j/grid/factors.json}). Lookups never fall back to another year or source: a missing one is
 * an error that lists what is available. Values are gCO2e/kWh. Immutable and thread-safe; {@link #bundled()}
 * parses the file once.
 */
public final class FactorTable {
    private static final String BUNDLED_RESOURCE = "factors.json";
    /** How far the stored grams may differ from the published value converted through {@link Units}. */
    private static final double PUBLISHED_TOLERANCE = 1e-9;

    private static final Map<String, DoubleUnaryOperator> TO_GRAMS_PER_KWH =
            Map.of("gCO2e/kWh", DoubleUnaryOperator.identity(), "kgCO2e/kWh", Units::kgPerKwhToGPerKwh);

    private final String version;
    /** region → source id → year → factor, all sorted so listings in messages are stable. */
    private final Map<String, Map<String, Map<Integer, GridFactor>>> factors;

    private final Map<String, String> defaultSources;

    private FactorTable(
            String version,
            Map<String, Map<String, Map<Integer, GridFactor>>> factors,
            Map<String, String> defaultSources) {
        this.version = version;
        this.factors = factors;
        this.defaultSources = defaultSources;
    }

    /** Holder idiom: the JVM parses the bundled table once, on first use, thread-safely. */
    private static final class Bundled {
        static final FactorTable TABLE = load(BUNDLED_RESOURCE);
    }

    public static FactorTable bundled() {
        return Bundled.TABLE;
    }

    /** The table's data version, e.g. {@code 2026.11.0}; reports cite it. */
    public String version() {
        return version;
    }

    /** Region codes, upper case, sorted. */
    public Set<String> regions() {
        return factors.keySet();
    }

    /** The source ids that have factors for {@code region}, sorted. */
    public Set<String> sources(String region) {
        return regionFactors(region).keySet();
    }

    /** The years with a factor for {@code region} from {@code sourceId} (null: the region's default source). */
    public List<Integer> years(String region, String sourceId) {
        return List.copyOf(sourceFactors(region, sourceId).keySet());
    }

    /**
     * The factor for {@code region} (case-insensitive) in {@code year} from {@code sourceIdOrNull}; null means
     * the region's default source, or its only source.
     *
     * @throws InvalidInputException naming what is available when the region, source or year has no factor
     */
    public GridFactor lookup(String region, int year, String sourceIdOrNull) {
        Map<Integer, GridFactor> byYear = sourceFactors(region, sourceIdOrNull);
        GridFactor factor = byYear.get(year);
        if (factor == null) {
            GridFactor any = byYear.values().iterator().next();
            throw new InvalidInputException("no grid intensity factor for " + any.region() + " in " + year + " from "
                    + any.sourceId() + "; years available: " + join(byYear.keySet()));
        }
        return factor;
    }

    private Map<String, Map<Integer, GridFactor>> regionFactors(String region) {
        if (region == null || region.isBlank()) {
            throw new InvalidInputException("grid region is missing; regions available: " + join(regions()));
        }
        Map<String, Map<Integer, GridFactor>> bySource =
                factors.get(region.trim().toUpperCase(Locale.ROOT));
        if (bySource == null) {
            throw new InvalidInputException("no grid intensity factors for region '" + region.trim()
                    + "'; regions available: " + join(regions()));
        }
        return bySource;
    }

    private Map<Integer, GridFactor> sourceFactors(String region, String sourceIdOrNull) {
        Map<String, Map<Integer, GridFactor>> bySource = regionFactors(region);
        String code = region.trim().toUpperCase(Locale.ROOT);
        String sourceId = sourceIdOrNull == null ? null : sourceIdOrNull.trim().toLowerCase(Locale.ROOT);
        if (sourceId == null) {
            sourceId = defaultSources.get(code);
        }
        if (sourceId == null) {
            if (bySource.size() > 1) {
                throw new InvalidInputException(code + " has grid intensity factors from several sources ("
                        + join(bySource.keySet()) + ") and no default: name the source to use");
            }
            sourceId = bySource.keySet().iterator().next();
        }
        Map<Integer, GridFactor> byYear = bySource.get(sourceId);
        if (byYear == null) {
            throw new InvalidInputException("no grid intensity factors for " + code + " from source '"
                    + sourceIdOrNull.trim() + "'; sources for " + code + ": " + join(bySource.keySet()));
        }
        return byYear;
    }

    private static String join(Iterable<?> items) {
        List<String> texts = new ArrayList<>();
        items.forEach(item -> texts.add(String.valueOf(item)));
        return String.join(", ", texts);
    }

    /** Strict: a year or region given twice in a table must not silently keep the last figure. */
    private static final ObjectMapper MAPPER = JsonMappers.json(JsonStrictness.STRICT);

    /** Loads a table resource next to this class. A broken bundled table is a build defect, not a user error. */
    static FactorTable load(String resource) {
        try (InputStream in = FactorTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("grid factor table " + resource + " is missing from the classpath");
            }
            return parse(MAPPER.readTree(in), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("grid factor table " + resource + " cannot be read", e);
        }
    }

    private static FactorTable parse(JsonNode root, String name) {
        String version = text(root, "version", name);
        JsonNode sources = required(root, "sources", name);
        Map<String, Map<String, Map<Integer, GridFactor>>> factors = new TreeMap<>();
        JsonNode rows = required(root, "factors", name);
        for (int i = 0; i < rows.size(); i++) {
            GridFactor factor = factor(rows.get(i), sources, name + " factors[" + i + "]");
            GridFactor previous = factors.computeIfAbsent(factor.region(), r -> new TreeMap<>())
                    .computeIfAbsent(factor.sourceId(), s -> new TreeMap<>())
                    .put(factor.year(), factor);
            if (previous != null) {
                throw new IllegalStateException(name + " has two factors for " + factor.region() + " " + factor.year()
                        + " from " + factor.sourceId());
            }
        }
        Map<String, String> defaults = new TreeMap<>();
        required(root, "defaultSources", name).fields().forEachRemaining(entry -> {
            String region = entry.getKey().toUpperCase(Locale.ROOT);
            String source = entry.getValue().asText();
            if (!factors.containsKey(region) || !factors.get(region).containsKey(source)) {
                throw new IllegalStateException(
                        name + " names default source " + source + " for " + region + ", which has no factors there");
            }
            defaults.put(region, source);
        });
        return new FactorTable(version, deepUnmodifiable(factors), Collections.unmodifiableMap(defaults));
    }

    private static GridFactor factor(JsonNode row, JsonNode sources, String where) {
        String sourceId = text(row, "sourceId", where);
        JsonNode source = sources.get(sourceId);
        if (source == null) {
            throw new IllegalStateException(where + " names source " + sourceId + ", which is not in sources");
        }
        String region = text(row, "region", where).toUpperCase(Locale.ROOT);
        double grams = required(row, "gramsPerKwh", where).asDouble();
        double published = required(row, "publishedValue", where).asDouble();
        String unit = text(row, "publishedUnit", where);
        DoubleUnaryOperator toGrams = TO_GRAMS_PER_KWH.get(unit);
        if (toGrams == null) {
            throw new IllegalStateException(
                    where + " has published unit " + unit + "; known: " + TO_GRAMS_PER_KWH.keySet());
        }
        double converted = toGrams.applyAsDouble(published);
        if (Math.abs(converted - grams) > PUBLISHED_TOLERANCE * Math.max(1, Math.abs(grams))) {
            throw new IllegalStateException(where + ": gramsPerKwh " + grams + " disagrees with the published "
                    + published + " " + unit + " (= " + converted + " g/kWh)");
        }
        JsonNode announced = row.get("announced");
        return new GridFactor(
                region,
                required(row, "year", where).asInt(),
                grams,
                IntensityType.parse(text(source, "type", where + " source")),
                sourceId,
                text(source, "publisher", where + " source"),
                text(source, "title", where + " source"),
                optionalText(source, "url"),
                text(source, "method", where + " source"),
                announced == null || announced.isNull() ? null : LocalDate.parse(announced.asText()),
                required(row, "verified", where).asBoolean(),
                optionalText(row, "note"),
                published,
                unit);
    }

    private static JsonNode required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalStateException(where + " is missing " + field);
        }
        return value;
    }

    private static String text(JsonNode node, String field, String where) {
        return required(node, field, where).asText();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Map<String, Map<String, Map<Integer, GridFactor>>> deepUnmodifiable(
            Map<String, Map<String, Map<Integer, GridFactor>>> factors) {
        return Collections.unmodifiableMap(factors.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        region -> Collections.unmodifiableMap(region.getValue().entrySet().stream()
                                .collect(Collectors.toMap(
                                        Map.Entry::getKey,
                                        source -> Collections.unmodifiableMap(source.getValue()),
                                        (a, b) -> a,
                                        TreeMap::new))),
                        (a, b) -> a,
                        TreeMap::new)));
    }
}
