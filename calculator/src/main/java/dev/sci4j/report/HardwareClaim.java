package dev.sci4j.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.sci4j.units.Invariants;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a vendor states about the hardware its software ran on ({@code hardware} in the metadata and the
 * report): either a free-text description (JSON/YAML string: the only form older reports have), or a map with
 * optional {@code cpuModel}, {@code logicalCores}, {@code memoryGb} and {@code description}. The CPU model and
 * the logical cores are checked against the measurement files ({@link MeasuredFacts#hardwareDifferences});
 * memory and the description cannot be, and are shown as declared. Immutable and thread-safe.
 *
 * @param description  free text, declared and unchecked; may be null in the map form
 * @param cpuModel     the CPU model as the agent records it ({@code run.cpuModel}), or null
 * @param logicalCores the logical cores the JVM saw ({@code run.logicalCores}), at least 1, or null
 * @param memoryGb     the machine's memory in GB, declared and unchecked, greater than 0, or null
 */
public record HardwareClaim(String description, String cpuModel, Integer logicalCores, Double memoryGb) {
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public HardwareClaim {
        if (description == null && cpuModel == null && logicalCores == null && memoryGb == null) {
            throw new IllegalArgumentException(
                    "hardware is empty: give a description, or at least one of cpuModel, logicalCores, memoryGb");
        }
        // A description alone may be blank, as older reports' free text could be: the profile's disclosure check
        // reports it as not given. Beside checkable fields, a blank description is a mistake.
        if (cpuModel != null || logicalCores != null || memoryGb != null) {
            blankRefused(description, "hardware.description");
        }
        blankRefused(cpuModel, "hardware.cpuModel");
        if (logicalCores != null && logicalCores < 1) {
            throw new IllegalArgumentException("hardware.logicalCores must be at least 1, got " + logicalCores);
        }
        if (memoryGb != null) {
            Invariants.positive(memoryGb, "hardware.memoryGb");
        }
    }

    /** The free-text form: a description only, as every report before the map form states it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static HardwareClaim described(String description) {
        return new HardwareClaim(Invariants.present(description, "hardware"), null, null, null);
    }

    /** Whether nothing in the claim can be checked: a description alone. */
    public boolean descriptionOnly() {
        return cpuModel == null && logicalCores == null && memoryGb == null;
    }

    /** As JSON: the plain string for a description alone (the form older readers know), else the map. */
    @JsonValue
    Object json() {
        if (descriptionOnly()) {
            return description;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        putPresent(map, "description", description);
        putPresent(map, "cpuModel", cpuModel);
        putPresent(map, "logicalCores", logicalCores);
        putPresent(map, "memoryGb", memoryGb);
        return map;
    }

    /**
     * What is declared and cannot be checked (the description and memory), as "label: value" parts for a page;
     * empty when nothing is.
     */
    public List<String> uncheckedParts() {
        List<String> parts = new ArrayList<>();
        if (description != null && !description.isBlank()) {
            parts.add(description);
        }
        if (memoryGb != null) {
            parts.add(dev.sci4j.units.Numbers.display(memoryGb) + " GB");
        }
        return parts;
    }

    private static void putPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static void blankRefused(String value, String field) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(field + " is blank: give the text or leave the field out");
        }
    }
}
