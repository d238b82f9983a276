package dev.sci4j.report;

import dev.sci4j.measurement.Measurement;
import dev.sci4j.units.Invariants;
import java.util.List;

/**
 * An SCI report (ISO/IEC 21031:2024) as a vendor submits it: every disclosure the standard and the
 * procurement profile ask for ({@code hardware} may be null: profiles may
 * require it; its CPU model and cores, when stated, are the measurement files'),, the score with its 95 % interval, and the full measurement files the score was
 * computed from, so anyone can recompute it ({@link ReportScoring}). Written and read by {@link ReportJson};
 * schema {@value ReportJson#SCHEMA_RESOURCE}. The signature, when there is one, travels beside it in
 * {@link ReadReport}. Immutable and thread-safe.
 *
 * <p>Units are in the field names: kWh, gCO2e, gCO2e/kWh, seconds, gCO2e per functional unit.
 */
public record SciReport(
        int schemaVersion,
        Generator generator,
        String createdAt,
        ProfileRef profile,
        Software software,
        Vendor vendor,
        Boundary boundary,
        HardwareClaim hardware,
        FunctionalUnit functionalUnit,
        UsageScenario usageScenario,
        MeasurementWindow measurementWindow,
        EnergyDisclosure energy,
        GridDisclosure grid,
        EmbodiedDisclosure embodied,
        Result result,
        Uncertainty uncertainty,
        AgentOverhead agentOverhead,
        List<Measurement> measurements) {
    /** The only report schema version this sci4j reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    public SciReport {
        if (schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException(
                    "schemaVersion " + schemaVersion + " is not known: this sci4j reads " + SCHEMA_VERSION);
        }
        Invariants.present(generator, "generator");
        Instants.check(Invariants.present(createdAt, "createdAt"), "createdAt");
        Invariants.present(profile, "profile");
        Invariants.present(software, "software");
        Invariants.present(vendor, "vendor");
        Invariants.present(boundary, "boundary");
        Invariants.present(functionalUnit, "functionalUnit");
        Invariants.present(usageScenario, "usageScenario");
        Invariants.present(measurementWindow, "measurementWindow");
        Invariants.present(energy, "energy");
        Invariants.present(grid, "grid");
        Invariants.present(embodied, "embodied");
        Invariants.present(result, "result");
        Invariants.present(uncertainty, "uncertainty");
        Invariants.present(agentOverhead, "agentOverhead");
        measurements = Invariants.list(measurements, "measurements");
        if (measurements.isEmpty()) {
            throw new IllegalArgumentException("measurements must hold at least one measurement file");
        }
        if (measurements.size() != usageScenario.repetitions()) {
            throw new IllegalArgumentException("usageScenario.repetitions is " + usageScenario.repetitions() + " but "
                    + measurements.size() + " measurement files are embedded");
        }
    }
}
