package dev.sci4j.budget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.grid.EnergyInterval;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.UnitSample;
import dev.sci4j.score.EnergyInput;
import dev.sci4j.score.IntensityInput;
import dev.sci4j.score.MeasurementInput;
import dev.sci4j.score.ScoredResult;
import dev.sci4j.score.Scoring;
import dev.sci4j.units.Energy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Measurement files scored for a budget: each file is one repetition of the workload. Per functional unit U:
 * <ul>
 *   <li>when the file counts U (the agent's {@code units}), R is that count and E the joules the agent
 *       attributed to U (the whole process energy if it attributed none);</li>
 *   <li>otherwise R comes from {@link DeclaredUnits} and E is the whole process energy;</li>
 *   <li>with neither, the check fails as bad input, naming the file and the unit.</li>
 * </ul>
 * Intervals of one file are not used as repetitions: consecutive windows of one run are correlated (warm-up,
 * shared JIT and GC state), so treating them as independent would make the t-test find "significant"
 * regressions in noise. Every score goes through {@link Scoring#score}. M is not included (disclosed).
 * Immutable after construction; thread-safe.
 */
public final class MeasurementScores implements ScoreSource {
    private final List<Path> files;
    private final List<Measurement> measurements;
    /** E of each whole file, read once: the energy of every unit the agent did not attribute energy to. */
    private final List<EnergyInput> processEnergy;

    private final IntensityInput intensity;
    private final double pue;
    private final DeclaredUnits declaredOrNull;
    private final int budgetUnitCount;

    private MeasurementScores(
            List<Path> files, IntensityInput intensity, double pue, DeclaredUnits declaredOrNull, int budgetUnitCount) {
        if (files.isEmpty()) {
            throw new InvalidInputException("no measurement file given");
        }
        this.files = List.copyOf(files);
        this.measurements = files.stream().map(MeasurementInput::load).toList();
        this.processEnergy =
                files.stream().map(f -> EnergyInput.measurements(List.of(f))).toList();
        this.intensity = intensity;
        this.pue = pue;
        this.declaredOrNull = declaredOrNull;
        this.budgetUnitCount = budgetUnitCount;
    }

    /** Reads every file now; a missing or malformed one is an {@link InvalidInputException}. */
    public static MeasurementScores read(
            List<Path> files, Budget budget, IntensityInput intensity, DeclaredUnits declaredOrNull) {
        if (declaredOrNull != null
                && declaredOrNull.unitNameOrNull() != null
                && !budget.units().containsKey(declaredOrNull.unitNameOrNull())) {
            throw new InvalidInputException("--unit-name (Maven: unitName) '" + declaredOrNull.unitNameOrNull()
                    + "' has no entry in the budget; its units are "
                    + budget.units().keySet());
        }
        if (declaredOrNull != null
                && declaredOrNull.unitNameOrNull() == null
                && budget.units().size() > 1) {
            throw new InvalidInputException(
                    "--units needs --unit-name (Maven: units needs unitName): the budget has several units "
                            + budget.units().keySet());
        }
        return new MeasurementScores(
                files, intensity, budget.pue(), declaredOrNull, budget.units().size());
    }

    @Override
    public List<RunScore> runs(String unitName) {
        List<RunScore> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            out.add(score(files.get(i), measurements.get(i), processEnergy.get(i), unitName));
        }
        return out;
    }

    @Override
    public String describe() {
        // The energy sources' accuracy classes are the systematic uncertainty the statistics cannot see.
        String sources = processEnergy.stream()
                .map(EnergyInput::describe)
                .map(d -> d.replaceFirst("^measured by the sci4j agent: ", "").replaceFirst(" \\(\\d+ files\\)$", ""))
                .distinct()
                .collect(Collectors.joining("; "));
        return files.size() + " measurement file" + (files.size() == 1 ? "" : "s") + " (one repetition each; " + sources
                + ")";
    }

    private RunScore score(Path file, Measurement m, EnergyInput process, String unitName) {
        IntervalSample total = m.total()
                .orElseThrow(() -> new InvalidInputException(
                        file + ": the measurement holds no samples yet; let the agent run for at least one interval"));
        Optional<UnitSample> counted =
                Optional.ofNullable(total.units().get(unitName)).filter(u -> u.count() > 0);
        double units;
        EnergyInput energy;
        if (counted.isPresent()) {
            units = counted.get().count();
            energy = counted.get().joules() > 0 ? unitEnergy(m, process, unitName) : process;
        } else if (declaredOrNull != null && declaredOrNull.appliesTo(unitName, budgetUnitCount)) {
            units = declaredOrNull.countPerRun();
            energy = process;
        } else {
            throw new InvalidInputException(file + ": the measurement counts no '" + unitName + "' units"
                    + (total.units().isEmpty()
                            ? ""
                            : " (it counts " + total.units().keySet() + ")")
                    + "; give --units N --unit-name " + unitName + " (Maven: units, unitName)");
        }
        ScoredResult r = Scoring.score(energy, intensity, null, pue, units, unitName);
        return new RunScore(
                file.toString(), units, r.score().itEnergy().joules(), r.score().gramsPerUnit());
    }

    /** E attributed to one unit, per window so a grid series can still be aligned. */
    private static EnergyInput unitEnergy(Measurement m, EnergyInput whole, String unitName) {
        ToDoubleFunction<IntervalSample> joules =
                s -> Optional.ofNullable(s.units().get(unitName))
                        .map(UnitSample::joules)
                        .orElse(0.0);
        List<EnergyInterval> intervals = new ArrayList<>();
        m.aggregated().ifPresent(a -> intervals.add(interval(a.total(), joules)));
        m.samples().forEach(s -> intervals.add(interval(s, joules)));
        Energy sum = intervals.stream().map(EnergyInterval::energy).reduce(Energy.ZERO, Energy::plus);
        ObjectNode provenance = whole.provenance().deepCopy();
        provenance.put("energyBasis", "joules the agent attributed to unit " + unitName);
        return EnergyInput.of(sum, intervals, provenance, whole.describe() + ", attributed to " + unitName);
    }

    private static EnergyInterval interval(IntervalSample s, ToDoubleFunction<IntervalSample> joules) {
        return new EnergyInterval(s.start(), s.end(), Energy.ofJoules(joules.applyAsDouble(s)));
    }
}
