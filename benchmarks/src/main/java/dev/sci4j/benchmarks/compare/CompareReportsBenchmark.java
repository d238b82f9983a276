package dev.sci4j.benchmarks.compare;

import dev.sci4j.compare.Comparison;
import dev.sci4j.compare.VendorComparison;
import dev.sci4j.compare.VendorKeys;
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
import dev.sci4j.profile.ProcurementProfile;
import dev.sci4j.profile.Profiles;
import dev.sci4j.report.ReportBuilder;
import dev.sci4j.report.ReportJson;
import dev.sci4j.report.ReportMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An officer's comparison of 100 vendor reports under the Taiwan web-service profile: read and validate each
 * report, recompute it from its embedded measurements (3 repetitions of 300 s each), check every profile
 * requirement, normalise and rank. Unsigned reports: signature checking is Ed25519, a few µs per report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@org.openjdk.jmh.annotations.Measurement(iterations = 5)
@Fork(1)
public class CompareReportsBenchmark {
    static final int REPORTS = 100;
    private static final String PROFILE = "tw-web-service-per-request";
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private ProcurementProfile profile;
    private final List<Path> reports = new ArrayList<>();

    @Setup
    public void setUp() throws IOException {
        Path dir = Files.createTempDirectory("sci4j-bench-compare");
        profile = Profiles.load(PROFILE);
        Path meta = Files.writeString(
                dir.resolve("vendor.yaml"),
                String.join(
                        "\n",
                        "software: {name: bench API, version: 1.0.0}",
                        "vendor: {name: bench vendor, contact: bench@example.tw}",
                        "boundary:",
                        "  included:",
                        "    - {component: application, method: measurement, detail: the JVM process}",
                        "  excluded: []",
                        "hardware: 4 vCPU VM, 8 GB memory",
                        "usageScenario: {description: tender load script v1, warmUpSeconds: 60}",
                        ""));
        Random random = new Random(21031);
        for (int r = 0; r < REPORTS; r++) {
            List<Path> runs = new ArrayList<>();
            for (int rep = 0; rep < 3; rep++) {
                Path file = dir.resolve("m-" + r + "-" + rep + ".json");
                MeasurementJson.writeAtomically(measurement("m-" + r + "-" + rep, 5 + random.nextDouble() * 5), file);
                runs.add(file);
            }
            Path report = dir.resolve("report-" + r + ".json");
            ReportJson.writeAtomically(
                    ReportJson.text(ReportJson.toTree(
                            ReportBuilder.build(runs, profile, ReportMetadata.read(meta), null, "bench", T0), null)),
                    report);
            reports.add(report);
        }
    }

    @Benchmark
    public Comparison compareHundredReports() {
        return VendorComparison.compare(profile, reports, VendorKeys.none(), T0);
    }

    /**
     * Six 60 s windows (the profile's 60 s warm-up, then its minimum of 300 s) at {@code watts} of process power,
     * serving 5 requests per second.
     */
    private static Measurement measurement(String runId, double watts) {
        RunMetadata run = RunMetadata.builder()
                .runId(runId)
                .startedAt(T0)
                .endedAt(T0.plusSeconds(360))
                .hostName("bench")
                .os("Linux")
                .cpuModel("bench CPU")
                .logicalCores(4)
                .jvmVendor("v")
                .jvmVersion("17")
                .pid(1)
                .agentVersion("bench")
                .energySource(new EnergySourceInfo(EnergySourceKind.RAPL, "benchmark", AccuracyClass.A))
                .attribution(Attribution.activeSplit(IdlePolicy.NONE, 0))
                .configuration(Map.of("interval", "1s"))
                .build();
        List<IntervalSample> samples = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            double joules = watts * 60;
            samples.add(IntervalSample.builder()
                    .window(T0.plusSeconds(60L * w), T0.plusSeconds(60L * (w + 1)))
                    .machineJoules("package", joules * 3)
                    .machineActiveJoules(joules * 2)
                    .machineIdleJoules(joules)
                    .machineMemoryJoules(0)
                    .processJoules(IntervalSample.ACTIVE, joules)
                    .processCpuSeconds(30)
                    .hostBusyCpuSeconds(60)
                    .hostTotalCpuSeconds(240)
                    .samplerCpuSeconds(0.01)
                    .unit("http GET /api", new UnitSample(300, 0, 27, joules * 0.9))
                    .build());
        }
        return Measurement.of(run, samples, null, 0);
    }
}
