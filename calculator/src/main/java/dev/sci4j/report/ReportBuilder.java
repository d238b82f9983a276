package dev.sci4j.report;

import dev.sci4j.i18n.Language;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.measurement.GpuInfo;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.model.Sci;
import dev.sci4j.profile.EmbodiedDefaults;
import dev.sci4j.profile.ProcurementProfile;
import dev.sci4j.score.IntensityInput;
import dev.sci4j.score.MeasurementInput;
import dev.sci4j.units.Durations;
import dev.sci4j.units.Numbers;
import dev.sci4j.units.Units;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Builds an {@link SciReport} from measurement files (each one repetition), a profile and the vendor's
 * metadata. R comes from {@code unitsPerRepetition} (declared: the functional units each repetition served) or,
 * when that is null, from the units the agent counted in each file. Stateless and
 * thread-safe.
 */
public final class ReportBuilder {
    private ReportBuilder() {}

    public static SciReport build(
            List<Path> paths,
            ProcurementProfile profile,
            ReportMetadata meta,
            Double unitsPerRepetitionOrNull,
            String generatorVersion,
            Instant createdAt) {
        if (paths.isEmpty()) {
            throw new InvalidInputException("--measurement is missing: give at least one measurement file");
        }
        List<Measurement> files = new ArrayList<>();
        paths.forEach(f -> files.add(MeasurementInput.load(f)));
        List<String> labels = paths.stream().map(Path::toString).toList();
        double warmUpSeconds = warmUp(meta, profile);
        MeasuredFacts facts = MeasuredFacts.of(files, labels, warmUpSeconds, profile.functionalUnit());
        List<Measurement> measurements = facts.measured();
        hardware(meta, facts);
        IntensityInput intensity = intensity(meta, profile);
        EmbodiedDisclosure embodied = embodied(meta, profile);
        double pue = meta.pue() == null ? Sci.NO_PUE : meta.pue();
        EnergyDisclosure energy = energy(measurements);
        String unitName = profile.functionalUnit().name();
        List<Double> units = facts.unitsPerRepetition(labels, unitsPerRepetitionOrNull);
        ScoredRepetitions scored = ReportScoring.score(
                measurements, labels, intensity, embodied, pue, units, unitName, energy.accuracyRelativeUncertainty());
        return new SciReport(
                SciReport.SCHEMA_VERSION,
                new Generator("sci4j", generatorVersion),
                createdAt.toString(),
                new ProfileRef(profile.id(), profile.version()),
                meta.software(),
                meta.vendor(),
                withMeasuredGpu(meta.boundary(), measurements),
                meta.hardware(),
                new FunctionalUnit(
                        unitName,
                        profile.functionalUnit().definition().in(Language.EN),
                        units,
                        scored.total().score().functionalUnits(),
                        unitsPerRepetitionOrNull == null ? FunctionalUnit.FROM_AGENT : FunctionalUnit.FROM_CLI),
                new UsageScenario(meta.usageScenario().description(), warmUpSeconds, measurements.size()),
                window(measurements),
                energy,
                grid(meta, intensity, scored),
                embodied,
                Result.of(scored.total().score(), scored.total().intensityGramsPerKwh(), unitName),
                scored.uncertainty(),
                AgentOverhead.measure(files, AgentBenchmarks.bundled()),
                files);
    }

    /** The profile's warm-up, which the calculator applies; a vendor's statement of another one is a mistake. */
    private static double warmUp(ReportMetadata meta, ProcurementProfile profile) {
        double required = profile.usageScenario().warmUpSeconds();
        Double stated = meta.usageScenario().warmUpSeconds();
        if (stated != null && stated != required) {
            throw new InvalidInputException("usageScenario.warmUpSeconds is " + Numbers.display(stated)
                    + " but sci4j applies the profile's warm-up of " + Numbers.display(required)
                    + " s itself (it leaves the first " + Numbers.display(required)
                    + " s of each measurement file out): remove the field, and run each repetition that much longer");
        }
        return required;
    }

    /** A stated CPU model or core count must be what the files measured, or the report would show two facts. */
    private static void hardware(ReportMetadata meta, MeasuredFacts facts) {
        for (MeasuredFacts.HardwareDifference d : facts.hardwareDifferences(meta.hardware())) {
            throw new InvalidInputException("hardware." + d.field() + " is '" + d.stated()
                    + "' but the measurement files ran on " + d.measured()
                    + ": state what they measured, or leave the field out (the report shows the measured CPU)");
        }
    }

    private static IntensityInput intensity(ReportMetadata meta, ProcurementProfile profile) {
        ReportMetadata.Grid g = meta.grid();
        if (g == null) {
            return profile.grid().intensity();
        }
        return g.gramsPerKwh() == null
                ? IntensityInput.table(g.region(), g.year(), g.source())
                : IntensityInput.declared(g.gramsPerKwh(), g.type());
    }

    private static GridDisclosure grid(ReportMetadata meta, IntensityInput in, ScoredRepetitions scored) {
        ReportMetadata.Grid g = meta.grid();
        if (g != null && g.gramsPerKwh() != null) {
            return new GridDisclosure(
                    GridDisclosure.DECLARED, g.gramsPerKwh(), in.type(), g.source(), g.region(), g.year());
        }
        var p = in.provenance();
        return new GridDisclosure(
                GridDisclosure.FACTOR_TABLE,
                scored.total().intensityGramsPerKwh(),
                in.type(),
                p.path("sourceId").asText(),
                p.path("region").asText(),
                p.path("year").asInt());
    }

    private static EmbodiedDisclosure embodied(ReportMetadata meta, ProcurementProfile profile) {
        ReportMetadata.Embodied e = meta.embodied();
        if (e == null) {
            EmbodiedDefaults d = profile.embodied();
            return new EmbodiedDisclosure(
                    d.totalEmbodiedG(),
                    d.source().in(Language.EN),
                    true,
                    Units.seconds(d.lifespanDuration()),
                    d.resourcesReserved(),
                    d.resourcesTotal());
        }
        return new EmbodiedDisclosure(
                e.totalEmbodiedG(),
                e.source(),
                false,
                Units.seconds(Durations.parse(e.lifespan(), "embodied.lifespan")),
                e.resourcesReserved(),
                e.resourcesTotal());
    }

    /**
     * The boundary as declared, plus the GPU as a measured component when a file measured one and the declared
     * boundary does not name it: its energy is in E, so the boundary must say so.
     */
    static Boundary withMeasuredGpu(Boundary declared, List<Measurement> ms) {
        List<GpuInfo> gpus = ms.stream()
                .map(m -> m.run().gpu())
                .flatMap(Optional::stream)
                .distinct()
                .toList();
        if (gpus.isEmpty() || declared.includes("gpu")) {
            return declared;
        }
        List<Component> included = new ArrayList<>(declared.included());
        included.add(new Component(
                "gpu",
                "measurement",
                "NVML: "
                        + String.join("; ", gpus.stream().map(GpuInfo::toString).toList())));
        return new Boundary(included, declared.excluded());
    }

    private static EnergyDisclosure energy(List<Measurement> ms) {
        AccuracyClass worst = MeasuredFacts.worstAccuracy(ms);
        return new EnergyDisclosure(
                MeasuredFacts.sourceKinds(ms),
                worst,
                worst.relativeUncertainty(),
                String.join(
                        ", ",
                        ms.stream()
                                .map(m -> m.run().attribution().policy()
                                        + m.run()
                                                .attribution()
                                                .gpu()
                                                .map(g -> "; GPU " + g)
                                                .orElse(""))
                                .distinct()
                                .toList()),
                String.join(
                        ", ",
                        ms.stream()
                                .map(m -> m.run().attribution().idlePolicy().id())
                                .distinct()
                                .toList()),
                String.join(
                        ", ",
                        ms.stream()
                                .map(m -> m.run().attribution().unitCpuSampling())
                                .distinct()
                                .toList()));
    }

    private static MeasurementWindow window(List<Measurement> ms) {
        List<IntervalSample> totals =
                ms.stream().map(m -> m.total().orElseThrow()).toList();
        Instant start = totals.stream()
                .map(IntervalSample::start)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Instant end = totals.stream()
                .map(IntervalSample::end)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        return new MeasurementWindow(
                start.toString(),
                end.toString(),
                ms.stream().map(ReportScoring::windowSeconds).toList());
    }
}
