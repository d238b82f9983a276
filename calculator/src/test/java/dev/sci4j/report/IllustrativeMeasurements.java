package dev.sci4j.report;

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
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic, ILLUSTRATIVE measurement files built with the measurement module's builders: a process drawing
 * about {@code processWatts}, sampled every {@code stepSeconds}, with a seeded ±{@code jitter} relative wobble,
 * serving {@value #REQUESTS_PER_SECOND} successful {@value #UNIT} requests per second as the agent counts them. Used by tests and to produce the handbooks' worked example
 * ({@link #main}).
 */
public final class IllustrativeMeasurements {
    /** The one unit the illustrative service serves, as the agent names it. */
    public static final String UNIT = "http GET /api/documents";

    /** Its successful requests per second, in every sample. */
    public static final double REQUESTS_PER_SECOND = 50;

    /** Samples per repetition: the profile's 60 s warm-up, then its minimum of 300 s (10 s samples). */
    public static final int SAMPLES = 36;

    private IllustrativeMeasurements() {}

    public static Measurement repetition(
            String runId,
            Instant start,
            int samples,
            double stepSeconds,
            double processWatts,
            double jitter,
            AccuracyClass accuracy,
            double samplerCpuShare,
            long seed) {
        Random random = new Random(seed);
        List<IntervalSample> list = new ArrayList<>();
        long stepMillis = Math.round(stepSeconds * 1000);
        for (int i = 0; i < samples; i++) {
            Instant from = start.plusMillis(stepMillis * i);
            double joules = processWatts * stepSeconds * (1 + jitter * (2 * random.nextDouble() - 1));
            double cpu = stepSeconds * 0.8;
            list.add(IntervalSample.builder()
                    .window(from, from.plusMillis(stepMillis))
                    .machineJoules("package", joules * 3)
                    .machineActiveJoules(joules * 2)
                    .machineIdleJoules(joules)
                    .machineMemoryJoules(0)
                    .processJoules(IntervalSample.ACTIVE, joules)
                    .processCpuSeconds(cpu)
                    .hostBusyCpuSeconds(cpu * 2)
                    .hostTotalCpuSeconds(stepSeconds * 4)
                    .samplerCpuSeconds(cpu * samplerCpuShare)
                    .unit(
                            UNIT,
                            new UnitSample(Math.round(REQUESTS_PER_SECOND * stepSeconds), 0, cpu * 0.9, joules * 0.9))
                    .build());
        }
        EnergySourceKind kind = accuracy == AccuracyClass.A
                ? EnergySourceKind.RAPL
                : accuracy == AccuracyClass.B
                        ? EnergySourceKind.HOST_FILE
                        : accuracy == AccuracyClass.C ? EnergySourceKind.MODEL : EnergySourceKind.CONSTANT;
        RunMetadata run = RunMetadata.builder()
                .runId(runId)
                .startedAt(start)
                .endedAt(start.plusMillis(stepMillis * samples))
                .hostName("illustrative-host")
                .os("Linux 6.1")
                .cpuModel("illustrative CPU")
                .logicalCores(4)
                .jvmVendor("Eclipse Adoptium")
                .jvmVersion("17.0.15")
                .pid(4242)
                .agentVersion("illustrative")
                .energySource(
                        new EnergySourceInfo(kind, "ILLUSTRATIVE data generated for the handbook example", accuracy))
                .attribution(Attribution.activeSplit(IdlePolicy.NONE, 0))
                .configuration(Map.of("interval", stepSeconds + "s"))
                .build();
        return Measurement.of(run, list, null, 0);
    }

    /**
     * Writes {@code count} repetitions of 360 s ({@value #SAMPLES} samples of 10 s: the warm-up, then 300 s), one
     * hour apart, as {@code prefix-N.json}.
     */
    public static List<Path> write(
            Path dir, String prefix, int count, double processWatts, AccuracyClass accuracy, long seed)
            throws IOException {
        List<Path> files = new ArrayList<>();
        Instant t0 = Instant.parse("2026-11-02T01:00:00Z");
        for (int i = 0; i < count; i++) {
            Path f = dir.resolve(prefix + "-" + (i + 1) + ".json");
            MeasurementJson.writeAtomically(
                    repetition(
                            prefix + "-" + (i + 1),
                            t0.plusSeconds(3600L * i),
                            SAMPLES,
                            10,
                            processWatts,
                            0.05,
                            accuracy,
                            0.004,
                            seed + i),
                    f);
            files.add(f);
        }
        return files;
    }

    /** {@code java … IllustrativeMeasurements DIR}: the handbooks' two configurations, three repetitions each. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        java.nio.file.Files.createDirectories(dir);
        write(dir, "config-a", 3, 6.0, AccuracyClass.A, 100);
        write(dir, "config-b", 3, 7.5, AccuracyClass.A, 200);
    }
}
