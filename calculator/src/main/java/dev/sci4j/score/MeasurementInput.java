package dev.sci4j.score;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.grid.EnergyInterval;
import dev.sci4j.input.Checks;
import dev.sci4j.input.InputFiles;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.measurement.EnergySourceInfo;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.MeasurementJson;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Numbers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * E from measurement files written by the agent: the process's attributed energy, with the energy source,
 * accuracy class and attribution policy each file declares. Several files (e.g. repetitions, or instances of
 * one service) add up; their declarations are all disclosed.
 */
public final class MeasurementInput {
    private MeasurementInput() {}

    static EnergyInput read(List<Path> files) {
        List<Measurement> loaded = new ArrayList<>();
        files.forEach(f -> loaded.add(load(f)));
        return of(loaded, files.stream().map(Path::toString).toList());
    }

    /** E from measurements already read (e.g. embedded in a report); {@code labels} name them in messages. */
    static EnergyInput of(List<Measurement> measurements, List<String> labels) {
        List<EnergyInterval> intervals = new ArrayList<>();
        Energy total = Energy.ZERO;
        ObjectNode provenance = Json.object();
        provenance.put("kind", "measurement");
        ArrayNode runs = provenance.putArray("files");
        List<String> descriptions = new ArrayList<>();
        for (int i = 0; i < measurements.size(); i++) {
            Measurement m = measurements.get(i);
            String file = labels.get(i);
            IntervalSample sum = m.total()
                    .orElseThrow(() -> new InvalidInputException(file
                            + ": the measurement holds no samples yet; let the agent run for at least one interval"));
            total = total.plus(Energy.ofJoules(sum.processTotalJoules()));
            // The file's format allows what an interval does not (a sample ending where it starts): the file is at
            // fault.
            intervals.addAll(Checks.valid(file, () -> intervals(m)));
            describe(runs.addObject(), file, m, sum);
            EnergySourceInfo source = m.run().energySource();
            descriptions.add(source.kind().id() + ", accuracy class " + source.accuracyClass() + " (±"
                    + Numbers.display(source.accuracyClass().relativeUncertainty() * 100) + " %), attribution "
                    + m.run().attribution().policy() + " with idle "
                    + m.run().attribution().idlePolicy().id()
                    + ", unit CPU " + m.run().attribution().unitCpuSampling()
                    + m.run()
                            .gpu()
                            .map(g -> "; GPU " + g.method() + ", accuracy class " + g.accuracyClass() + ", "
                                    + g.devices().size() + " device(s), attribution "
                                    + m.run().attribution().gpu().orElse("unstated"))
                            .orElse(""));
        }
        if (measurements.size() == 1) {
            provenance.setAll((ObjectNode) runs.get(0));
        }
        String describe = "measured by the sci4j agent: "
                + String.join("; ", descriptions.stream().distinct().toList())
                + (measurements.size() > 1 ? " (" + measurements.size() + " files)" : "");
        return EnergyInput.of(total, intervals, provenance, describe);
    }

    /** Reads one measurement file; a missing or malformed file is an {@link InvalidInputException} naming it. */
    public static Measurement load(Path file) {
        String text = InputFiles.text(file, InputFiles.Kind.MEASUREMENT);
        try {
            Measurement m = MeasurementJson.parse(text, file.toString());
            if (m == null) {
                throw InvalidInputException.file(file, "holds no measurement (the document is null)");
            }
            return m;
        } catch (IOException e) {
            // InvalidMeasurementException's message already names the file, line and field.
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    /** Each window as an energy interval; older windows merged by the agent count as one uniform interval. */
    private static List<EnergyInterval> intervals(Measurement m) {
        List<EnergyInterval> out = new ArrayList<>();
        m.aggregated().ifPresent(a -> out.add(interval(a.total())));
        m.samples().forEach(s -> out.add(interval(s)));
        return out;
    }

    private static EnergyInterval interval(IntervalSample s) {
        return new EnergyInterval(s.start(), s.end(), Energy.ofJoules(s.processTotalJoules()));
    }

    private static void describe(ObjectNode n, String file, Measurement m, IntervalSample sum) {
        EnergySourceInfo source = m.run().energySource();
        n.put("file", file);
        n.put("energySourceKind", source.kind().id());
        n.put("energySourceDetail", source.detail());
        n.put("accuracyClass", source.accuracyClass().name());
        n.put("accuracyRelativeUncertainty", source.accuracyClass().relativeUncertainty());
        n.put("attributionPolicy", m.run().attribution().policy());
        n.put("idlePolicy", m.run().attribution().idlePolicy().id());
        n.put("memoryPolicy", m.run().attribution().memoryPolicy());
        n.put("unitCpuSampling", m.run().attribution().unitCpuSampling());
        n.put("windowStart", sum.start().toString());
        n.put("windowEnd", sum.end().toString());
        n.put("windowSeconds", sum.durationSeconds());
        n.put("processJoules", sum.processTotalJoules());
        m.run().gpu().ifPresent(g -> {
            // The GPU component, apart: included in processJoules above (and so in E).
            n.put("processGpuJoules", sum.processJoule(IntervalSample.GPU));
            n.put("machineGpuJoules", sum.machineGpuJoules());
            n.put("gpuMethod", g.method());
            n.put("gpuAccuracyClass", g.accuracyClass().name());
            n.put("gpuDevices", g.devices().toString());
            n.put("gpuAttribution", m.run().attribution().gpu().orElse(""));
        });
        n.put("samplerCpuSeconds", sum.samplerCpuSeconds());
        n.put("intervals", m.sampleCount());
        n.put("skippedIntervals", m.skippedIntervals());
        n.put("host", m.run().hostName());
        n.put("agentVersion", m.run().agentVersion());
    }
}
