package dev.sci4j.report;

import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.units.Invariants;
import java.util.List;

/**
 * Where E came from: the energy source kinds of the measurement files, the least accurate of their accuracy
 * classes with its declared relative uncertainty (0.05 = ±5 %), the attribution policy, and how the agent measured
 * functional units' CPU time ({@code every-unit} or {@code adaptive} sampling: it decides how energy is split
 * between unit kinds). E itself is in {@link Result}. Immutable and thread-safe.
 */
public record EnergyDisclosure(
        List<String> sourceKinds,
        AccuracyClass accuracyClass,
        double accuracyRelativeUncertainty,
        String attributionPolicy,
        String idlePolicy,
        String unitCpuSampling) {
    public EnergyDisclosure {
        sourceKinds = Invariants.list(sourceKinds, "energy.sourceKinds");
        Invariants.present(accuracyClass, "energy.accuracyClass");
        Invariants.nonNegative(accuracyRelativeUncertainty, "energy.accuracyRelativeUncertainty");
        Invariants.present(attributionPolicy, "energy.attributionPolicy");
        Invariants.present(idlePolicy, "energy.idlePolicy");
        Invariants.present(unitCpuSampling, "energy.unitCpuSampling");
    }
}
