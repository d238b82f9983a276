package dev.sci4j.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sci4j.embodied.EmbodiedCoefficients;
import dev.sci4j.embodied.EmbodiedShare;
import dev.sci4j.embodied.Hardware;
import dev.sci4j.input.Checks;
import dev.sci4j.input.InputFiles;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.input.ParseProblems;
import dev.sci4j.rules.json.JsonMappers;
import dev.sci4j.rules.json.JsonStrictness;
import dev.sci4j.units.Carbon;
import dev.sci4j.units.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which hardware each instance runs on, from a small YAML (or JSON) file:
 * <pre>
 * default:                      # optional: every instance not listed below
 *   hardware: r740.yaml         # a hardware file as for 'sci4j embodied --hardware', relative to this file
 *   resourcesReserved: 4        # RR and ToR, both or neither (neither: the whole machine)
 *   resourcesTotal: 64
 * instances:                    # keyed by the instance label, or by the --hardware-label value
 *   "10.0.0.7:9464":
 *     totalEmbodiedG: 1200000   # TE declared instead of a hardware file
 *     lifespan: 6y              # EL, default 4y
 * </pre>
 * Immutable and thread-safe.
 *
 * @param file      where it was read, for messages
 * @param entries   per key
 * @param fallback  the {@code default} entry, when given
 */
public record HardwareMap(Path file, Map<String, HardwareEntry> entries, Optional<HardwareEntry> fallback) {
    private static final Set<String> TOP = Set.of("default", "instances");
    private static final Set<String> FIELDS =
            Set.of("hardware", "totalEmbodiedG", "lifespan", "resourcesReserved", "resourcesTotal");

    public HardwareMap {
        Checks.present(file, "hardware map file");
        entries = Map.copyOf(Checks.present(entries, "hardware entries"));
        Checks.present(fallback, "default hardware");
    }

    /** The entry for {@code key}, else the default; an error naming the key when neither exists. */
    public HardwareEntry lookup(String instance, String key) {
        if (key.isEmpty()) {
            throw InvalidInputException.file(
                    file,
                    "instance " + instance + " carries no hardware label, so its hardware"
                            + " cannot be looked up: add the label to its scrape target or give the map a 'default'");
        }
        HardwareEntry entry = entries.get(key);
        if (entry != null) {
            return entry;
        }
        return fallback.orElseThrow(() -> InvalidInputException.file(
                file,
                "no hardware for '" + key + "' (instance " + instance
                        + "): list it under 'instances' or give a 'default'"));
    }

    public static HardwareMap read(Path file) {
        JsonNode root = tree(file);
        if (!root.isObject()) {
            throw InvalidInputException.file(file, "expected a mapping with 'default' and/or 'instances'");
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!TOP.contains(name)) {
                throw InvalidInputException.file(
                        file, "unknown field '" + name + "': expected 'default' and/or 'instances'");
            }
        });
        Map<String, HardwareEntry> entries = new TreeMap<>();
        JsonNode instances = root.path("instances");
        if (!instances.isMissingNode() && !instances.isObject()) {
            throw InvalidInputException.file(file, "'instances' must be a mapping from instance to hardware");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = instances.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            entries.put(e.getKey(), entry(file, "instances." + e.getKey(), e.getValue()));
        }
        Optional<HardwareEntry> fallback =
                root.has("default") ? Optional.of(entry(file, "default", root.get("default"))) : Optional.empty();
        if (entries.isEmpty() && fallback.isEmpty()) {
            throw InvalidInputException.file(file, "lists no hardware: give 'instances' or a 'default'");
        }
        return new HardwareMap(file, entries, fallback);
    }

    private static HardwareEntry entry(Path file, String where, JsonNode n) {
        if (!n.isObject()) {
            throw InvalidInputException.file(file, where + " must be a mapping of " + FIELDS);
        }
        n.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw InvalidInputException.file(file, where + ": unknown field '" + name + "', expected " + FIELDS);
            }
        });
        if (n.has("hardware") == n.has("totalEmbodiedG")) {
            throw InvalidInputException.file(
                    file, where + ": give exactly one of 'hardware' (a hardware file) and 'totalEmbodiedG'");
        }
        if (n.has("resourcesReserved") != n.has("resourcesTotal")) {
            throw InvalidInputException.file(
                    file, where + ": give both 'resourcesReserved' and 'resourcesTotal', or neither");
        }
        Duration lifespan = n.has("lifespan")
                ? Durations.parse(n.get("lifespan").asText(), file + " " + where + ".lifespan")
                : EmbodiedShare.DEFAULT_LIFESPAN;
        double rr = n.has("resourcesReserved") ? number(file, where, n, "resourcesReserved") : 1;
        double tor = n.has("resourcesTotal") ? number(file, where, n, "resourcesTotal") : 1;
        try {
            if (n.has("totalEmbodiedG")) {
                return new HardwareEntry(
                        Carbon.ofGrams(number(file, where, n, "totalEmbodiedG")),
                        lifespan,
                        rr,
                        tor,
                        "declared in " + file);
            }
            Path hardwareFile = resolve(file, n.get("hardware").asText());
            Hardware hardware = Hardware.read(hardwareFile);
            return new HardwareEntry(
                    EmbodiedCoefficients.bundled().estimate(hardware).total(),
                    lifespan,
                    rr,
                    tor,
                    "derived from " + hardwareFile + " with the bundled coefficients");
        } catch (InvalidInputException e) {
            throw e.getMessage().startsWith(file.toString())
                    ? e
                    : InvalidInputException.file(file, where + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // The entry's numbers break its invariants (e.g. RR above ToR): the file is at fault, so name it.
            throw InvalidInputException.file(file, where + ": " + e.getMessage());
        }
    }

    private static double number(Path file, String where, JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (!v.isNumber()) {
            throw InvalidInputException.file(file, where + "." + field + " must be a number, got '" + v.asText() + "'");
        }
        return Checks.nonNegative(v.asDouble(), file + " " + where + "." + field);
    }

    private static Path resolve(Path mapFile, String hardware) {
        Path p = Path.of(hardware);
        Path dir = mapFile.toAbsolutePath().getParent();
        return p.isAbsolute() || dir == null ? p : dir.resolve(p);
    }

    /** Strict: a hardware key given twice must not silently keep the last value. */
    private static final ObjectMapper YAML = JsonMappers.withFactory(new YAMLFactory(), JsonStrictness.STRICT);

    private static JsonNode tree(Path file) {
        String text = InputFiles.text(file, InputFiles.Kind.HARDWARE);
        try {
            JsonNode root = YAML.readTree(text);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw InvalidInputException.file(file, "the hardware map is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw ParseProblems.syntax(file.toString(), e, "YAML");
        }
    }
}
