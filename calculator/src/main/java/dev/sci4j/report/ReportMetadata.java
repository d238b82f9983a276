package dev.sci4j.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sci4j.input.Checks;
import dev.sci4j.input.InputFiles;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.profile.BindingErrors;
import dev.sci4j.profile.FieldLines;
import dev.sci4j.rules.json.JsonMappers;
import dev.sci4j.rules.json.JsonStrictness;
import dev.sci4j.units.Durations;
import java.nio.file.Path;

/**
 * What a vendor states about its software for a report, from a small YAML file ({@code --metadata}): software,
 * vendor, boundary, hardware ({@link HardwareClaim}: a description, or a map whose CPU model and cores are
 * checked against the measurement files), usage scenario, and optionally the grid where it runs, embodied data and PUE. Absent
 * grid or embodied data fall back to the profile's, which the report discloses. Immutable and thread-safe.
 *
 * <p>{@code agentOverheadStatement}, a free-text statement of the agent's overhead, is still read so that older
 * metadata files keep working, but reports no longer carry it: they state the agent's measured overhead
 * ({@link AgentOverhead}), and {@code sci4j report} warns that the field is ignored.
 */
public record ReportMetadata(
        Software software,
        Vendor vendor,
        Boundary boundary,
        HardwareClaim hardware,
        Scenario usageScenario,
        Grid grid,
        Embodied embodied,
        Double pue,
        String agentOverheadStatement) {
    public ReportMetadata {
        Checks.present(software, "software");
        Checks.present(vendor, "vendor");
        Checks.present(boundary, "boundary");
        Checks.present(usageScenario, "usageScenario");
        if (pue != null) {
            Checks.atLeast(pue, 1, "pue");
        }
    }

    /**
     * The workload run. {@code warmUpSeconds} is optional and, when given, must be the profile's: sci4j applies
     * the profile's warm-up to the files itself, so it is no longer the vendor's to state.
     */
    public record Scenario(String description, Double warmUpSeconds) {
        public Scenario {
            Checks.present(description, "usageScenario.description");
            if (warmUpSeconds != null) {
                Checks.nonNegative(warmUpSeconds, "usageScenario.warmUpSeconds");
            }
        }
    }

    /**
     * Where the software runs: a factor-table row ({@code region}, {@code year}, optional {@code source}), or a
     * declared value ({@code gramsPerKwh} with {@code type}, {@code source}, {@code region}, {@code year}).
     */
    public record Grid(String source, String region, Integer year, Double gramsPerKwh, String type) {
        public Grid {
            Checks.present(region, "grid.region");
            Checks.present(year, "grid.year");
            if (gramsPerKwh != null) {
                Checks.nonNegative(gramsPerKwh, "grid.gramsPerKwh");
                Checks.present(source, "grid.source");
                Checks.present(type, "grid.type");
            }
        }
    }

    /** The vendor's own embodied data: TE in gCO2e and where it comes from, EL (e.g. {@code 4y}), RR and ToR. */
    public record Embodied(
            double totalEmbodiedG, String source, String lifespan, double resourcesReserved, double resourcesTotal) {
        public Embodied {
            Checks.nonNegative(totalEmbodiedG, "embodied.totalEmbodiedG");
            Checks.present(source, "embodied.source");
            if (Durations.parse(Checks.present(lifespan, "embodied.lifespan"), "embodied.lifespan")
                    .isZero()) {
                throw new InvalidInputException("embodied.lifespan must be greater than zero, got " + lifespan);
            }
            Checks.positive(resourcesTotal, "embodied.resourcesTotal");
            Checks.between(resourcesReserved, 0, resourcesTotal, "embodied.resourcesReserved");
        }
    }

    private static final ObjectMapper YAML = JsonMappers.withFactory(new YAMLFactory(), JsonStrictness.STRICT);

    /** Reads and validates a metadata file; every problem names the file, line and field. */
    public static ReportMetadata read(Path file) {
        String text = InputFiles.text(file, InputFiles.Kind.METADATA);
        try {
            ReportMetadata m = YAML.readValue(text, ReportMetadata.class);
            if (m == null) {
                throw InvalidInputException.file(file, "the report metadata file is empty");
            }
            return m;
        } catch (JsonProcessingException e) {
            throw BindingErrors.describe(file.toString(), e, FieldLines.in(YAML.getFactory(), text));
        }
    }
}
