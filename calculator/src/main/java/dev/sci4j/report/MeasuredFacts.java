package dev.sci4j.report;

import dev.sci4j.input.InvalidInputException;
import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.measurement.GpuInfo;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.UnitSample;
import dev.sci4j.profile.FunctionalUnitRequirement;
import dev.sci4j.units.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the measurement files themselves say, under a profile's rules, so no checkable claim is taken on trust:
 * the files with the warm-up left out ({@link WarmUp}), each repetition's measured window, the energy source
 * kinds and the least accurate class, the CPU models and logical cores, and R: the successful units the agent
 * counted whose names the profile's functional unit counts, per repetition, with the units it does not count
 * listed. Built by {@code report} (so a report states these facts) and again by {@code compare} and
 * {@code verify-claim} (so a stated fact that differs is found). Immutable and thread-safe.
 *
 * @param measured          the files after the warm-up, in the given order
 * @param warmUpSeconds     the warm-up left out of each file, seconds
 * @param repetitionSeconds each repetition's window after the warm-up (TiR), seconds
 * @param countedUnits      R of each repetition as the agent counted it; empty when the files hold no counts
 * @param excludedUnits     successful units the profile does not count, by name, summed over the repetitions
 * @param logicalCores      the most logical cores any repetition ran on
 */
public record MeasuredFacts(
        List<Measurement> measured,
        double warmUpSeconds,
        List<Double> repetitionSeconds,
        List<String> sourceKinds,
        AccuracyClass accuracyClass,
        List<String> cpuModels,
        int logicalCores,
        List<Double> countedUnits,
        Map<String, Long> excludedUnits) {
    public MeasuredFacts {
        measured = List.copyOf(measured);
        repetitionSeconds = List.copyOf(repetitionSeconds);
        sourceKinds = List.copyOf(sourceKinds);
        cpuModels = List.copyOf(cpuModels);
        countedUnits = List.copyOf(countedUnits);
        excludedUnits = java.util.Collections.unmodifiableMap(new TreeMap<>(excludedUnits));
    }

    /**
     * @param files  the repetitions as read, one measurement each, at least one
     * @param labels names for messages, one per file
     */
    public static MeasuredFacts of(
            List<Measurement> files, List<String> labels, double warmUpSeconds, FunctionalUnitRequirement unit) {
        List<Measurement> measured = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            measured.add(WarmUp.exclude(files.get(i), warmUpSeconds, labels.get(i)));
        }
        List<Double> counted = new ArrayList<>();
        Map<String, Long> excluded = new TreeMap<>();
        boolean anyCounts = false;
        for (Measurement m : measured) {
            long ok = 0;
            for (Map.Entry<String, UnitSample> e : units(m).entrySet()) {
                anyCounts |= e.getValue().count() > 0;
                long inside = counted(e.getKey(), e.getValue(), unit);
                ok += inside;
                if (inside == 0 && e.getValue().okCount() > 0) {
                    excluded.merge(e.getKey(), e.getValue().okCount(), Long::sum);
                }
            }
            counted.add(unit.functionalUnits(ok));
        }
        return new MeasuredFacts(
                measured,
                warmUpSeconds,
                measured.stream().map(ReportScoring::windowSeconds).toList(),
                sourceKinds(measured),
                worstAccuracy(measured),
                cpuModels(measured),
                logicalCores(measured),
                anyCounts ? counted : List.of(),
                excluded);
    }

    /** The CPU models the files ran on, each once, in file order. */
    public static List<String> cpuModels(List<Measurement> files) {
        return files.stream().map(m -> m.run().cpuModel()).distinct().toList();
    }

    /** The most logical cores any file ran on. */
    public static int logicalCores(List<Measurement> files) {
        return files.stream().mapToInt(m -> m.run().logicalCores()).max().orElseThrow();
    }

    /**
     * A stated hardware fact that the files contradict.
     *
     * @param field    {@code cpuModel} or {@code logicalCores}
     * @param stated   as the vendor stated it
     * @param measured as the files record it (several values joined with ", ")
     */
    public record HardwareDifference(String field, String stated, String measured) {}

    /**
     * The stated CPU model and logical cores that the files contradict: every file must have run on the stated
     * model with the stated number of cores. Empty when {@code statedOrNull} is null or states neither. One rule
     * for a vendor's claim ({@code report}, {@code compare}) and a profile's reference environment
     * ({@code verify-claim}).
     */
    public List<HardwareDifference> hardwareDifferences(HardwareClaim statedOrNull) {
        List<HardwareDifference> out = new ArrayList<>();
        if (statedOrNull == null) {
            return out;
        }
        if (statedOrNull.cpuModel() != null && !cpuModels.equals(List.of(statedOrNull.cpuModel()))) {
            out.add(new HardwareDifference("cpuModel", statedOrNull.cpuModel(), String.join(", ", cpuModels)));
        }
        List<Integer> cores =
                measured.stream().map(m -> m.run().logicalCores()).distinct().toList();
        if (statedOrNull.logicalCores() != null && !cores.equals(List.of(statedOrNull.logicalCores()))) {
            out.add(new HardwareDifference(
                    "logicalCores",
                    Integer.toString(statedOrNull.logicalCores()),
                    String.join(", ", cores.stream().map(String::valueOf).toList())));
        }
        return out;
    }

    /** The energy sources the files used, the GPU's ({@code nvml (GPU)}) included where one was measured. */
    static List<String> sourceKinds(List<Measurement> files) {
        return Stream.concat(
                        files.stream().map(m -> m.run().energySource().kind().id()),
                        files.stream().filter(m -> m.run().gpu().isPresent()).map(m -> "nvml (GPU)"))
                .distinct()
                .toList();
    }

    /** The worst accuracy class of any energy source in the files, the GPU's included. */
    static AccuracyClass worstAccuracy(List<Measurement> files) {
        return Stream.concat(
                        files.stream().map(m -> m.run().energySource().accuracyClass()),
                        files.stream().flatMap(m -> m.run().gpu().stream()).map(GpuInfo::accuracyClass))
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }

    /**
     * R per repetition: the agent's counts of the units the profile counts; a declared {@code --units} only when
     * the files hold no counts at all (a report says it was declared).
     *
     * @param labels         names for messages, one per file
     * @param declaredOrNull R per repetition given with {@code --units}, or null
     */
    public List<Double> unitsPerRepetition(List<String> labels, Double declaredOrNull) {
        if (declaredOrNull != null) {
            if (hasCounts()) {
                throw new InvalidInputException("--units: the measurement files hold the units the agent counted ("
                        + String.join(
                                ", ",
                                countedUnits.stream().map(Numbers::display).toList())
                        + " per repetition), and R is taken from them: omit --units");
            }
            return FunctionalUnit.declared(declaredOrNull, measured.size());
        }
        if (!hasCounts()) {
            throw new InvalidInputException(labels.get(0) + " holds no functional-unit counts: give R with --units N");
        }
        for (int i = 0; i < labels.size(); i++) {
            if (countedUnits.get(i) == 0) {
                throw new InvalidInputException(labels.get(i)
                        + " holds no units that the profile counts as its functional unit after the warm-up"
                        + (excludedUnits.isEmpty() ? "" : " (not counted: " + excludedUnits + ")"));
            }
        }
        return countedUnits;
    }

    /** Whether the agent counted any units (of any name) in the files. */
    public boolean hasCounts() {
        return !countedUnits.isEmpty();
    }

    /** Successful units of {@code name} that count, or else those nested in them that do (depth first). */
    private static long counted(String name, UnitSample units, FunctionalUnitRequirement unit) {
        if (unit.counts(name)) {
            return units.okCount();
        }
        long inside = 0;
        for (Map.Entry<String, UnitSample> e : units.nested().entrySet()) {
            inside += counted(e.getKey(), e.getValue(), unit);
        }
        return inside;
    }

    private static Map<String, UnitSample> units(Measurement m) {
        return m.total().map(IntervalSample::units).orElse(Map.of());
    }
}
