package dev.sci4j.report;

import dev.sci4j.input.Checks;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.measurement.Measurement;
import java.util.List;

/**
 * An SCI report (ISO/IEC 21031:2024) as a vendor submits it: every disclosure the standard and the
 * procurement profile ask for ({@code hardware} may be null: profiles may require it), the score with its 95 % interval, and the full measurement files the score was
 * computed from, so anyone can recompute it ({@link ReportScoring}). Written and read by {@link ReportJson};
 * schema {@value ReportJson#SCHEMA_RESOURCE}. The signature, when there is one, travels beside it in
 * {@link ReadReport}. Immutable and thread-safe.
 *
 * <p>Units are in the field names: kWh, gCO2e, gCO2e/kWh, seconds, gCO2e per functional unit.
 */
public record SciReport(int schemaVersion, Generator generator, String createdAt, ProfileRef profile,
                        Software software, Vendor vendor, Boundary boundary, String hardware,
                        FunctionalUnit functionalUnit, UsageScenario usageScenario,
                        MeasurementWindow measurementWindow, EnergyDisclosure energy, GridDisclosure grid,
                        EmbodiedDisclosure embodied, Result result, Uncertainty uncertainty,
                        AgentOverhead agentOverhead, List<Measurement> measurements) {
    /** The only report schema version this sci4j reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    public SciReport {
        if (schemaVersion != SCHEMA_VERSION) {
            throw new InvalidInputException("schemaVersion " + schemaVersion + " is not known: this sci4j reads "
                    + SCHEMA_VERSION);
        }
        Checks.present(generator, "generator");
        Instants.check(Checks.present(createdAt, "createdAt"), "createdAt");
        Checks.present(profile, "profile");
        Checks.present(software, "software");
        Checks.present(vendor, "vendor");
        Checks.present(boundary, "boundary");
        Checks.present(functionalUnit, "functionalUnit");
        Checks.present(usageScenario, "usageScenario");
        Checks.present(measurementWindow, "measurementWindow");
        Checks.present(energy, "energy");
        Checks.present(grid, "grid");
        Checks.present(embodied, "embodied");
        Checks.present(result, "result");
        Checks.present(uncertainty, "uncertainty");
        Checks.present(agentOverhead, "agentOverhead");
        measurements = List.copyOf(Checks.present(measurements, "measurements"));
        if (measurements.isEmpty()) {
            throw new InvalidInputException("measurements must hold at least one measurement file");
        }
        if (measurements.size() != usageScenario.repetitions()) {
            throw new InvalidInputException("usageScenario.repetitions is " + usageScenario.repetitions() + " but "
                    + measurements.size() + " measurement files are embedded");
        }
    }
}
