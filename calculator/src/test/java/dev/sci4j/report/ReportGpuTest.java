package dev.sci4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.measurement.GpuDevice;
import dev.sci4j.measurement.GpuInfo;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.measurement.MeasurementJson;
import dev.sci4j.profile.Profiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A measurement with a GPU component: the report's boundary lists the GPU and its energy disclosure names NVML. */
class ReportGpuTest {
    private static final GpuInfo INTEGRATED = new GpuInfo(
            List.of(new GpuDevice(0, "Tesla P4", "GPU-1")), GpuInfo.POWER_INTEGRATION, "device 0", AccuracyClass.B);

    @TempDir
    Path dir;

    private List<Path> withGpu(List<Path> files) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            Measurement m = MeasurementJson.read(f);
            Measurement g = Measurement.of(
                    m.run().toBuilder()
                            .gpu(INTEGRATED)
                            .attribution(m.run().attribution().withGpu("device: all energy of devices all"))
                            .build(),
                    m.samples(),
                    m.aggregated().orElse(null),
                    m.skippedIntervals());
            Path p = dir.resolve("gpu-" + f.getFileName());
            MeasurementJson.writeAtomically(g, p);
            out.add(p);
        }
        return out;
    }

    private SciReport build(List<Path> files) throws IOException {
        return ReportBuilder.build(
                files,
                Profiles.load(ReportFixtures.PROFILE),
                ReportMetadata.read(ReportFixtures.metadata(dir, "v")),
                null, // R from the agent's counts in the files
                "test",
                Instant.parse("2026-11-23T00:00:00Z"));
    }

    @Test
    void aMeasuredGpuIsInTheBoundaryAndItsAccuracyCounts() throws IOException {
        SciReport r = build(withGpu(ReportFixtures.measurements(dir, "v", 6.0, 1)));

        assertThat(r.boundary().includes("gpu")).isTrue();
        assertThat(r.energy().sourceKinds()).contains("nvml (GPU)");
        assertThat(r.energy().accuracyClass()).isGreaterThanOrEqualTo(AccuracyClass.B);
        assertThat(r.energy().attributionPolicy()).contains("GPU device");
    }

    @Test
    void theFactsCompareChecksAgainstNameTheGpuLikeTheReportDoes() throws IOException {
        SciReport r = build(withGpu(ReportFixtures.measurements(dir, "v", 6.0, 1)));
        MeasuredFacts facts = MeasuredFacts.of(
                r.measurements(),
                r.measurements().stream().map(m -> m.run().runId()).toList(),
                0,
                Profiles.load(ReportFixtures.PROFILE).functionalUnit());

        // compare's claim check rejects a report whose energy disclosure differs from these facts
        assertThat(facts.sourceKinds()).isEqualTo(r.energy().sourceKinds()).contains("nvml (GPU)");
        assertThat(facts.accuracyClass()).isEqualTo(r.energy().accuracyClass());
    }

    @Test
    void withoutAGpuTheDeclaredBoundaryIsUnchanged() throws IOException {
        SciReport r = build(ReportFixtures.measurements(dir, "v", 6.0, 1));

        assertThat(r.boundary().includes("gpu")).isFalse();
        assertThat(r.energy().sourceKinds()).doesNotContain("nvml (GPU)");
    }
}
