package dev.sci4j.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sci4j.input.InvalidInputException;
import dev.sci4j.score.IntensityInput;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasurementScoresTest {
    private static final IntensityInput GRID = IntensityInput.declared(MeasurementFiles.GRAMS_PER_KWH, "average");

    @TempDir
    Path dir;

    @Test
    void unitsCountedByTheAgentGiveRAndTheirAttributedEnergy() {
        // 10 kJ process energy; 400 requests were attributed 6 kJ of it, 4 batches 2 kJ.
        Path m = MeasurementFiles.write(
                dir, "m.json", 10_000, Map.of("request", new double[] {400, 6_000}, "batch", new double[] {4, 2_000}));

        MeasurementScores scores = MeasurementScores.read(List.of(m), budget("request", "batch"), GRID, null);

        RunScore request = scores.runs("request").get(0);
        assertThat(request.functionalUnits()).isEqualTo(400);
        assertThat(request.energyJoules()).isCloseTo(6_000, within(1e-9));
        assertThat(request.energyPerUnitJoules()).isCloseTo(15, within(1e-9));
        assertThat(request.sciGramsPerUnit()).isCloseTo(15 * MeasurementFiles.GRAMS_PER_JOULE, within(1e-15));
        assertThat(scores.runs("batch").get(0).sciGramsPerUnit())
                .isCloseTo(500 * MeasurementFiles.GRAMS_PER_JOULE, within(1e-12));
    }

    @Test
    void countedUnitsWithoutAttributedEnergyUseTheWholeProcessEnergy() {
        Path m = MeasurementFiles.write(dir, "m.json", 10_000, Map.of("request", new double[] {100, 0}));

        RunScore r = MeasurementScores.read(List.of(m), budget("request"), GRID, null)
                .runs("request")
                .get(0);

        assertThat(r.energyPerUnitJoules()).isCloseTo(100, within(1e-9));
    }

    @Test
    void withoutCountsRComesFromTheDeclaredUnitsPerFile() {
        List<Path> files = MeasurementFiles.runs(dir, "run", 1_000, 2_000);

        List<RunScore> runs = MeasurementScores.read(files, budget("request"), GRID, new DeclaredUnits(100, null))
                .runs("request");

        assertThat(runs).extracting(RunScore::energyPerUnitJoules).containsExactly(10.0, 20.0);
        assertThat(runs.get(1).sciGramsPerUnit()).isCloseTo(20 * MeasurementFiles.GRAMS_PER_JOULE, within(1e-15));
    }

    @Test
    void theBudgetPueScalesTheSciButNotTheItEnergyPerUnit() {
        Path m = MeasurementFiles.write(dir, "m.json", 1_000);
        Budget withPue = new Budget(
                null, 1.5, Aggregation.MEDIAN, Guard.DEFAULT, budget("request").units());

        RunScore r = MeasurementScores.read(List.of(m), withPue, GRID, new DeclaredUnits(10, "request"))
                .runs("request")
                .get(0);

        assertThat(r.energyPerUnitJoules()).isCloseTo(100, within(1e-9));
        assertThat(r.sciGramsPerUnit()).isCloseTo(150 * MeasurementFiles.GRAMS_PER_JOULE, within(1e-15));
    }

    @Test
    void aUnitNeitherCountedNorDeclaredNamesTheFileAndTheUnit() {
        Path m = MeasurementFiles.write(dir, "m.json", 1_000, Map.of("batch", new double[] {4, 0}));
        MeasurementScores scores = MeasurementScores.read(List.of(m), budget("request", "batch"), GRID, null);

        assertThatThrownBy(() -> scores.runs("request"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("m.json")
                .hasMessageContaining("counts no 'request' units (it counts [batch])")
                .hasMessageContaining("--units N --unit-name request");
    }

    @Test
    void declaredUnitsMustNameABudgetUnitWhenTheBudgetHasSeveral() {
        Path m = MeasurementFiles.write(dir, "m.json", 1_000);

        assertThatThrownBy(() -> MeasurementScores.read(
                        List.of(m), budget("request", "batch"), GRID, new DeclaredUnits(1, null)))
                .hasMessageContaining("--units needs --unit-name");
        assertThatThrownBy(
                        () -> MeasurementScores.read(List.of(m), budget("request"), GRID, new DeclaredUnits(1, "page")))
                .hasMessageContaining("'page' has no entry in the budget");
    }

    @Test
    void aMissingMeasurementFileIsBadInput() {
        assertThatThrownBy(
                        () -> MeasurementScores.read(List.of(dir.resolve("nope.json")), budget("request"), GRID, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nope.json");
    }

    static Budget budget(String... units) {
        Map<String, UnitBudget> byName = new java.util.HashMap<>();
        for (String u : units) {
            Map<LimitKind, Limit> limits = new EnumMap<>(LimitKind.class);
            limits.put(LimitKind.MAX_SCI, new Limit(1, Level.ERROR));
            byName.put(u, new UnitBudget(u, limits));
        }
        return new Budget(null, 1, Aggregation.MEDIAN, Guard.DEFAULT, byName);
    }
}
