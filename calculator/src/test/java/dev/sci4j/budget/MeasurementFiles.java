package dev.sci4j.budget;

import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.measurement.Attribution;
import dev.sci4j.measurement.EnergySourceInfo;
import dev.sci4j.measurement.EnergySourceKind;
import dev.sci4j.measurement.IdlePolicy;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.MeasurementJson;
import dev.sci4j.measurement.RunMetadata;
import dev.sci4j.measurement.UnitSample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measurement files for budget tests, built with the measurement module's builders. With a declared intensity
 * of {@link #GRAMS_PER_KWH} gCO2e/kWh, 1 J costs exactly 1e-4 gCO2e, so expected SCIs are easy to state.
 */
public final class MeasurementFiles {
    public static final double GRAMS_PER_KWH = 360;
    public static final double GRAMS_PER_JOULE = 1e-4;
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final int WINDOWS = 4;

    private MeasurementFiles() {}

    /** A run whose process used {@code processJoules} over 4 windows and counted no functional units. */
    public static Path write(Path dir, String name, double processJoules) {
        return write(dir, name, processJoules, Map.of());
    }

    /**
     * A run of 4 windows; {@code units} maps a unit name to {count, attributed joules} for the whole run,
     * spread evenly over the windows (as the agent would fill {@code IntervalSample.units()}).
     */
    public static Path write(Path dir, String name, double processJoules, Map<String, double[]> units) {
        List<IntervalSample> samples = new ArrayList<>();
        for (int w = 0; w < WINDOWS; w++) {
            double joules = processJoules / WINDOWS;
            IntervalSample.Builder b = IntervalSample.builder()
                    .window(T0.plusSeconds(w), T0.plusSeconds(w + 1))
                    .machineJoules("package", joules * 2)
                    .machineActiveJoules(joules)
                    .machineIdleJoules(joules)
                    .machineMemoryJoules(0)
                    .processJoules(IntervalSample.ACTIVE, joules)
                    .processCpuSeconds(0.5)
                    .hostBusyCpuSeconds(1)
                    .hostTotalCpuSeconds(2)
                    .samplerCpuSeconds(0.001);
            units.forEach((unit, countAndJoules) -> b.unit(
                    unit, new UnitSample((long) countAndJoules[0] / WINDOWS, 0, 0, countAndJoules[1] / WINDOWS)));
            samples.add(b.build());
        }
        Path file = dir.resolve(name);
        try {
            Files.createDirectories(dir);
            MeasurementJson.writeAtomically(Measurement.of(run(), samples, null, 0), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** One file per value of {@code processJoules}, named {@code prefix-i.json}. */
    public static List<Path> runs(Path dir, String prefix, double... processJoules) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < processJoules.length; i++) {
            files.add(write(dir, prefix + "-" + i + ".json", processJoules[i]));
        }
        return files;
    }

    private static RunMetadata run() {
        return RunMetadata.builder()
                .runId("budget-test")
                .startedAt(T0)
                .endedAt(T0.plusSeconds(WINDOWS))
                .hostName("ci")
                .os("Linux")
                .cpuModel("Test CPU")
                .logicalCores(2)
                .jvmVendor("Vendor")
                .jvmVersion("17")
                .pid(1)
                .agentVersion("test")
                .energySource(new EnergySourceInfo(EnergySourceKind.RAPL, "test fixture", AccuracyClass.A))
                .attribution(Attribution.activeSplit(IdlePolicy.NONE, 0))
                .configuration(Map.of())
                .build();
    }
}
