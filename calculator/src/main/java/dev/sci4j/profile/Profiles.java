package dev.sci4j.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sci4j.input.InputFiles;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.rules.json.JsonMappers;
import dev.sci4j.rules.json.JsonStrictness;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds and reads procurement profiles: by id from those bundled in {@code sci4j-procurement-profiles}
 * ({@code dev/sci4j/profiles/<id>.yaml}), or from a YAML file path. Every problem is an
 * {@link InvalidInputException} naming the file, line and field. Stateless and thread-safe.
 */
public final class Profiles {
    /** Class-path folder of the bundled profiles, their index and their JSON Schema. */
    public static final String RESOURCE_DIR = "/dev/sci4j/profiles/";

    public static final String SCHEMA_RESOURCE = RESOURCE_DIR + "procurement-profile.schema.json";

    /** Fields a profile may leave out (null when absent). */
    static final List<String> OPTIONAL = List.of(
            "maxAgentRequestOverheadNs",
            "functionalUnit.unitsPer",
            "referenceEnvironment",
            "referenceEnvironment.cpuModel",
            "referenceEnvironment.logicalCores");

    private static final ObjectMapper YAML = JsonMappers.withFactory(new YAMLFactory(), JsonStrictness.STRICT_COMPLETE);

    private Profiles() {}

    /** The ids of the bundled profiles, in the order of their index. */
    public static List<String> bundledIds() {
        try (InputStream in = Profiles.class.getResourceAsStream(RESOURCE_DIR + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bundled profile by id, or a profile file when {@code idOrPath} names an existing file. */
    public static ProcurementProfile load(String idOrPath) {
        if (idOrPath == null || idOrPath.isBlank()) {
            throw new InvalidInputException(
                    "the profile is missing: give an id (" + String.join(", ", bundledIds()) + ") or a YAML file");
        }
        Path file = Path.of(idOrPath);
        if (Files.exists(file) || idOrPath.contains("/")) {
            try {
                return parse(new StringReader(InputFiles.text(file, InputFiles.Kind.PROFILE)), file.toString());
            } catch (IOException e) {
                throw InvalidInputException.file(file, "cannot be read: " + InputFiles.describe(e));
            }
        }
        InputStream bundled = Profiles.class.getResourceAsStream(RESOURCE_DIR + idOrPath.trim() + ".yaml");
        if (bundled == null || idOrPath.contains("/")) {
            throw new InvalidInputException("profile '" + idOrPath + "' is neither a file nor a bundled profile id;"
                    + " bundled: " + String.join(", ", bundledIds()));
        }
        try (Reader in = new InputStreamReader(bundled, StandardCharsets.UTF_8)) {
            ProcurementProfile p = parse(in, "bundled profile " + idOrPath);
            if (!p.id().equals(idOrPath.trim())) {
                throw new InvalidInputException("bundled profile file " + idOrPath + ".yaml declares id " + p.id());
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProcurementProfile parse(Reader in, String source) throws IOException {
        StringWriter text = new StringWriter();
        in.transferTo(text);
        try {
            ProcurementProfile p = read(text.toString());
            if (p == null) {
                throw new InvalidInputException(source + ": the profile is empty");
            }
            return p;
        } catch (JsonProcessingException e) {
            throw BindingErrors.describe(source, e, FieldLines.in(YAML.getFactory(), text.toString()));
        }
    }

    /**
     * Binds a profile. Every field must be present (a missing number must not read as zero), except the
     * {@link #OPTIONAL} fields added to schema version 1 later: profiles written before them leave them out, which
     * means no limit. Those are bound from the tree with null filled in, only when one is missing, so that every
     * other profile keeps the line numbers of its errors.
     */
    private static ProcurementProfile read(String text) throws JsonProcessingException {
        try {
            return YAML.readValue(text, ProcurementProfile.class);
        } catch (MismatchedInputException e) {
            if (!OPTIONAL.contains(BindingErrors.path(e))
                    || !String.valueOf(e.getOriginalMessage()).startsWith("Missing creator property")) {
                throw e;
            }
            ObjectNode tree = (ObjectNode) YAML.readTree(text);
            OPTIONAL.forEach(path -> fillNull(tree, path));
            return YAML.treeToValue(tree, ProcurementProfile.class);
        }
    }

    /** Puts null at a dotted path when it is absent and its parent object is there. */
    private static void fillNull(ObjectNode tree, String path) {
        String[] names = path.split("\\.");
        JsonNode parent = tree;
        for (int i = 0; i < names.length - 1 && parent != null; i++) {
            parent = parent.get(names[i]);
        }
        if (parent instanceof ObjectNode object && !object.has(names[names.length - 1])) {
            object.putNull(names[names.length - 1]);
        }
    }
}
