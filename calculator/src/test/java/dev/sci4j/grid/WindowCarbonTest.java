package dev.sci4j.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sci4j.input.InvalidInputException;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Intensity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WindowCarbonTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private static Instant at(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    /** 00:00–01:00 at 100 g/kWh, 01:00–02:00 at 500 g/kWh. */
    private static IntensitySeries twoHours() {
        return new IntensitySeries(
                List.of(
                        new IntensityPoint(at(0), Duration.ofHours(1), 100),
                        new IntensityPoint(at(60), Duration.ofHours(1), 500)),
                IntensityType.AVERAGE,
                "test",
                "TW");
    }

    @Test
    void sumsEnergyTimesIntensityPerIntervalWhichDiffersFromMeanTimesMean() {
        List<EnergyInterval> energy = List.of(
                new EnergyInterval(at(0), at(60), Energy.ofKwh(1)),
                new EnergyInterval(at(60), at(120), Energy.ofKwh(3)));

        WindowCarbonResult result = WindowCarbon.compute(energy, twoHours(), null);

        // By hand: 1 kWh × 100 + 3 kWh × 500 = 1600 g; mean E × mean I × n = 2 × 300 × 2 = 1200 g.
        assertThat(result.operational().grams()).isCloseTo(1600, within(1e-9));
        double meanTimesMean = 4.0 * (100 + 500) / 2;
        assertThat(meanTimesMean).isEqualTo(1200);
        assertThat(result.operational().grams()).isNotCloseTo(meanTimesMean, within(1.0));
        assertThat(result.energy().kwh()).isCloseTo(4, within(1e-12));
        assertThat(result.energyAtFallback()).isEqualTo(Energy.ZERO);
        assertThat(result.usedFallback()).isFalse();
        assertThat(result.effectiveGramsPerKwh()).isCloseTo(400, within(1e-9));
    }

    @Test
    void splitsAnIntervalAcrossPointsInProportionToTheOverlap() {
        List<EnergyInterval> energy = List.of(new EnergyInterval(at(45), at(105), Energy.ofKwh(2)));
        WindowCarbonResult result = WindowCarbon.compute(energy, twoHours(), null);
        List<WindowCarbonPart> parts = WindowCarbon.parts(energy, twoHours(), null);

        // 15 of 60 minutes at 100, 45 at 500: 0.5 kWh × 100 + 1.5 kWh × 500 = 800 g.
        assertThat(result.operational().grams()).isCloseTo(800, within(1e-9));
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).start()).isEqualTo(at(45));
        assertThat(parts.get(0).end()).isEqualTo(at(60));
        assertThat(parts.get(0).energy().kwh()).isCloseTo(0.5, within(1e-12));
        assertThat(parts.get(1).energy().kwh()).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void overlapsAreExactToTheNanosecond() {
        Instant start = Instant.parse("2024-01-01T00:00:00.000000001Z");
        IntensitySeries series = new IntensitySeries(
                List.of(
                        new IntensityPoint(start, Duration.ofNanos(1), 1000),
                        new IntensityPoint(start.plusNanos(1), Duration.ofNanos(2), 4000)),
                IntensityType.AVERAGE,
                "ns",
                null);

        WindowCarbonResult result = WindowCarbon.compute(
                List.of(new EnergyInterval(start, start.plusNanos(3), Energy.ofKwh(3))), series, null);

        assertThat(result.operational().grams()).isCloseTo(1 * 1000 + 2 * 4000, within(1e-9));
    }

    @Test
    void anUncoveredPartOfAnIntervalIsAnErrorNamingTheIntervalAndTheCoverage() {
        List<EnergyInterval> energy = List.of(new EnergyInterval(at(90), at(150), Energy.ofKwh(1)));

        assertThatThrownBy(() -> WindowCarbon.compute(energy, twoHours(), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("energy interval 2024-01-01T01:30:00Z–2024-01-01T02:30:00Z")
                .hasMessageContaining("the series covers 2024-01-01T00:00:00Z–2024-01-01T02:00:00Z")
                .hasMessageContaining("fallback");
    }

    @Test
    void noEnergyIntervalsIsAnErrorNotZeroCarbon() {
        assertThatThrownBy(() -> WindowCarbon.compute(List.of(), twoHours(), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no energy intervals");
    }

    @Test
    void aGapInsideTheSeriesIsAlsoUncovered() {
        IntensitySeries gappy = new IntensitySeries(
                List.of(
                        new IntensityPoint(at(0), Duration.ofMinutes(30), 100),
                        new IntensityPoint(at(60), Duration.ofMinutes(60), 500)),
                IntensityType.AVERAGE,
                "gappy",
                null);
        List<EnergyInterval> energy = List.of(new EnergyInterval(at(0), at(120), Energy.ofKwh(4)));

        assertThatThrownBy(() -> WindowCarbon.compute(energy, gappy, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no intensity for 2024-01-01T00:30:00Z–2024-01-01T01:00:00Z")
                .hasMessageContaining(
                        "2024-01-01T00:00:00Z–2024-01-01T00:30:00Z, 2024-01-01T01:00:00Z–2024-01-01T02:00:00Z");

        WindowCarbonResult result = WindowCarbon.compute(energy, gappy, Intensity.ofGramsPerKwh(300));
        // 1 kWh × 100 + 1 kWh × 300 (fallback) + 2 kWh × 500.
        assertThat(result.operational().grams()).isCloseTo(1400, within(1e-9));
        assertThat(result.energyAtFallback().kwh()).isCloseTo(1, within(1e-12));
    }

    @Test
    void withAFallbackTheUncoveredEnergyIsChargedAtItAndReported() {
        List<EnergyInterval> energy = List.of(new EnergyInterval(at(90), at(150), Energy.ofKwh(1)));

        WindowCarbonResult result = WindowCarbon.compute(energy, twoHours(), Intensity.ofGramsPerKwh(400));

        // 0.5 kWh × 500 + 0.5 kWh × 400.
        assertThat(result.operational().grams()).isCloseTo(450, within(1e-9));
        assertThat(result.energyAtFallback().kwh()).isCloseTo(0.5, within(1e-12));
        assertThat(result.usedFallback()).isTrue();
        assertThat(WindowCarbon.parts(energy, twoHours(), Intensity.ofGramsPerKwh(400)))
                .extracting(WindowCarbonPart::fallback)
                .containsExactly(false, true);
    }

    @Test
    void shufflingRowsDoesNotChangeTheResultAndDoublingEnergyDoublesCarbon() {
        for (long seed = 1; seed <= 50; seed++) {
            Random random = new Random(seed);
            List<IntensityPoint> points = randomSeries(random);
            IntensitySeries series = new IntensitySeries(points, IntensityType.AVERAGE, "random", null);
            List<EnergyInterval> energy = randomEnergy(random, series);

            WindowCarbonResult result = WindowCarbon.compute(energy, series, null);

            List<IntensityPoint> shuffledPoints = new ArrayList<>(points);
            Collections.shuffle(shuffledPoints, random);
            List<EnergyInterval> shuffledEnergy = new ArrayList<>(energy);
            Collections.shuffle(shuffledEnergy, random);
            WindowCarbonResult shuffled = WindowCarbon.compute(
                    shuffledEnergy, new IntensitySeries(shuffledPoints, IntensityType.AVERAGE, "random", null), null);
            assertThat(shuffled.operational().grams())
                    .as("seed " + seed)
                    .isCloseTo(
                            result.operational().grams(),
                            within(1e-12 * result.operational().grams()));

            List<EnergyInterval> doubled = shuffledEnergy.stream()
                    .map(i -> new EnergyInterval(i.start(), i.end(), i.energy().times(2)))
                    .collect(Collectors.toList());
            assertThat(WindowCarbon.compute(doubled, series, null).operational().grams())
                    .as("seed " + seed)
                    .isCloseTo(
                            2 * result.operational().grams(),
                            within(1e-12 * result.operational().grams()));

            List<WindowCarbonPart> parts = WindowCarbon.parts(energy, series, null);
            double partsKwh = parts.stream().mapToDouble(p -> p.energy().kwh()).sum();
            double partsGrams =
                    parts.stream().mapToDouble(p -> p.carbon().grams()).sum();
            assertThat(partsGrams)
                    .as("parts add up to the total, seed " + seed)
                    .isCloseTo(
                            result.operational().grams(),
                            within(1e-9 * result.operational().grams()));
            assertThat(partsKwh)
                    .as("energy is conserved, seed " + seed)
                    .isCloseTo(
                            result.energy().kwh(), within(1e-9 * result.energy().kwh()));
        }
    }

    /** Contiguous points of 1 to 120 minutes, some with odd nanoseconds, at 0 to 900 g/kWh. */
    private static List<IntensityPoint> randomSeries(Random random) {
        List<IntensityPoint> points = new ArrayList<>();
        Instant cursor = T0;
        int count = 10 + random.nextInt(40);
        for (int i = 0; i < count; i++) {
            Duration duration = Duration.ofMinutes(1 + random.nextInt(120)).plusNanos(random.nextInt(1000));
            points.add(new IntensityPoint(cursor, duration, random.nextDouble() * 900));
            cursor = cursor.plus(duration);
        }
        return points;
    }

    /** Intervals inside the series' span, possibly overlapping each other (several machines). */
    private static List<EnergyInterval> randomEnergy(Random random, IntensitySeries series) {
        long span = Duration.between(series.start(), series.end()).toNanos();
        List<EnergyInterval> intervals = new ArrayList<>();
        int count = 1 + random.nextInt(30);
        for (int i = 0; i < count; i++) {
            long a = (long) (random.nextDouble() * span);
            long b = (long) (random.nextDouble() * span);
            if (a == b) {
                b = Math.min(span, a + 1);
                a = b - 1;
            }
            intervals.add(new EnergyInterval(
                    series.start().plusNanos(Math.min(a, b)),
                    series.start().plusNanos(Math.max(a, b)),
                    Energy.ofKwh(random.nextDouble() * 10)));
        }
        return intervals;
    }
}
