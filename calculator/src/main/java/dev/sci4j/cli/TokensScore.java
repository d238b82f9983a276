package dev.sci4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.measurement.GpuDevice;
import dev.sci4j.measurement.GpuInfo;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.model.Sci;
import dev.sci4j.profile.FunctionalUnitRequirement;
import dev.sci4j.profile.ProcurementProfile;
import dev.sci4j.profile.Profiles;
import dev.sci4j.report.MeasuredFacts;
import dev.sci4j.score.EnergyInput;
import dev.sci4j.score.IntensityInput;
import dev.sci4j.score.MeasurementInput;
import dev.sci4j.score.ScoredResult;
import dev.sci4j.score.Scoring;
import dev.sci4j.units.Numbers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The AI demo's headline: SCI per 1,000 tokens, R counted as the profile {@value #PROFILE} defines its functional
 * unit (the tokens the service recorded, also inside its HTTP requests, / 1,000), E the whole process energy,
 * and whether a GPU was measured or the run was CPU only. Immutable.
 *
 * @param gpuJoules the GPU energy attributed to the process, J; 0 on a CPU-only run
 */
record TokensScore(ProcurementProfile profile, ScoredResult result, Optional<GpuInfo> gpu, double gpuJoules) {
    static final String PROFILE = "tw-ai-inference-per-1k-tokens";

    static TokensScore of(Path measurement, IntensityInput intensity) {
        ProcurementProfile profile = Profiles.load(PROFILE);
        Measurement m = MeasurementInput.load(measurement);
        FunctionalUnitRequirement unit = profile.functionalUnit();
        List<String> label = List.of(measurement.toString());
        double r = MeasuredFacts.of(List.of(m), label, 0, unit)
                .unitsPerRepetition(label, null)
                .get(0);
        ScoredResult result = Scoring.score(
                EnergyInput.measurements(List.of(measurement)), intensity, null, Sci.NO_PUE, r, unit.name());
        double gpuJoules =
                m.total().map(t -> t.processJoule(IntervalSample.GPU)).orElse(0.0);
        return new TokensScore(profile, result, m.run().gpu(), gpuJoules);
    }

    /** One sentence: the GPU measured and what of it is in E, or that the run was CPU only. */
    String gpuStatement() {
        if (gpu.isEmpty()) {
            return "CPU only: the agent measured no GPU (no NVIDIA driver or device here, or gpu=off), so E is the"
                    + " CPU side alone; nothing is estimated for a GPU";
        }
        GpuInfo g = gpu.get();
        return "GPU measured: " + g.devices().stream().map(GpuDevice::name).collect(Collectors.joining(", "))
                + " (" + g.method() + ", class " + g.accuracyClass() + "); " + Numbers.display(gpuJoules)
                + " J of its energy attributed to this service are in E (given to the tokens: gpu.units=tokens)";
    }

    /** What the demo is not, so its figure is not mistaken for a tender's. */
    String caveat() {
        return "This is a demo, not a conformant measurement: the profile asks for "
                + profile.usageScenario().minimumRepetitions() + " repetitions of at least "
                + Numbers.display(profile.usageScenario().minimumDurationSeconds()) + " s after a "
                + Numbers.display(profile.usageScenario().warmUpSeconds()) + " s warm-up and accuracy class "
                + profile.minimumAccuracyClass() + " or better; a tender's report: ./sci4j report --profile " + PROFILE;
    }

    ObjectNode toJson() {
        ObjectNode n = result.toJson();
        n.put("profile", profile.id());
        n.put("gpuMeasured", gpu.isPresent());
        n.put("processGpuJoules", gpuJoules);
        n.put("gpu", gpuStatement());
        n.put("note", caveat());
        return n;
    }

    void explain(PrintWriter out) {
        Explain x = new Explain(out);
        x.line(
                "SCI per 1,000 tokens under %s: %s gCO2e per %s",
                profile.id(), x.n(result.score().gramsPerUnit()), result.unitName());
        x.line(
                "  R = %s (the tokens the service counted, inside its requests, / 1,000: the profile's unit)",
                x.n(result.score().functionalUnits()));
        x.line(
                "  E = %s J (the whole process)   I = %s",
                x.n(result.score().itEnergy().joules()), result.intensityForDisplay());
        x.line("  %s", gpuStatement());
        x.line("  %s", caveat());
    }
}
