package dev.sci4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.score.MeasurementInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentOverheadTest {
    @TempDir
    Path dir;

    private static AgentBenchmark benchmark(String version, Double baselineSeconds, Double agentSeconds) {
        Map<String, Double> figures = new HashMap<>();
        figures.put("cpuSecondsPerRequestBaseline", baselineSeconds);
        figures.put("cpuSecondsPerRequestAgent", agentSeconds);
        figures.put(
                "cpuPerRequestRatio",
                baselineSeconds == null || agentSeconds == null ? null : agentSeconds / baselineSeconds);
        figures.put("httpRequestOverheadNs", null);
        return new AgentBenchmark(version, "2026-11-23T18:05:00Z", "test machine", figures);
    }

    private List<Measurement> files() throws IOException {
        return ReportFixtures.measurements(dir, "v", 6.0, 1).stream()
                .map(MeasurementInput::load)
                .toList();
    }

    /** The fixture's files with the second one written by another agent version. */
    private List<Measurement> filesOfTwoVersions() throws IOException {
        List<Path> paths = new ArrayList<>(ReportFixtures.measurements(dir, "w", 6.0, 1));
        Path second = paths.get(1);
        String text = Files.readString(second);
        assertThat(text).contains("\"illustrative\"");
        Files.writeString(second, text.replace("\"illustrative\"", "\"0.2.0\""));
        return paths.stream().map(MeasurementInput::load).toList();
    }

    @Test
    void theSamplerShareIsTheSamplerCpuOfAllFilesOverTheirProcessCpu() throws IOException {
        List<Measurement> files = files();
        double sampler = 0;
        double process = 0;
        for (Measurement m : files) {
            IntervalSample t = m.total().orElseThrow();
            sampler += t.samplerCpuSeconds();
            process += t.processCpuSeconds();
        }
        AgentOverhead o = AgentOverhead.measure(files, new AgentBenchmarks(Map.of()));
        assertThat(sampler).isPositive();
        assertThat(o.samplerCpuSeconds()).isEqualTo(sampler);
        assertThat(o.processCpuSeconds()).isEqualTo(process);
        assertThat(o.samplerCpuPercent()).isEqualTo(100 * sampler / process);
        assertThat(o.agentVersions()).containsExactly("illustrative");
        assertThat(o.statement()).isNull();
    }

    @Test
    void theRequestOverheadIsTheBenchmarkedCpuPerRequestOfThatAgentVersion() throws IOException {
        AgentOverhead o = AgentOverhead.measure(
                files(), new AgentBenchmarks(Map.of("illustrative", benchmark("illustrative", 303e-6, 319e-6))));
        assertThat(o.requestOverheadNs()).isEqualTo(16_000);
        assertThat(o.requestOverheadSource())
                .contains("agent illustrative")
                .contains("2026-11-23T18:05:00Z")
                .contains("test machine");
        assertThat(o.notBenchmarked()).isFalse();
    }

    @Test
    void aVersionWithoutBundledFiguresIsDisclosedAsNotBenchmarked() throws IOException {
        AgentOverhead o = AgentOverhead.measure(
                files(), new AgentBenchmarks(Map.of("0.1.0", benchmark("0.1.0", 303e-6, 319e-6))));
        assertThat(o.requestOverheadNs()).isNull();
        assertThat(o.notBenchmarked()).isTrue();
        assertThat(o.requestOverheadSource()).startsWith("not benchmarked").contains("illustrative");
    }

    @Test
    void theFigureFollowsTheMedianPairAndIsNeverNegative() {
        Map<String, Double> figures = new HashMap<>();
        figures.put("cpuSecondsPerRequestBaseline", 180e-6);
        figures.put("cpuSecondsPerRequestAgent", 178e-6); // the sides' medians: the agent's cheaper
        figures.put("cpuPerRequestRatio", 1.01); // but the median pair costs 1 %
        assertThat(new AgentBenchmark("v", "t", "m", figures).requestOverheadNs())
                .hasValue(1_800);

        figures.put("cpuPerRequestRatio", 0.98);
        assertThat(new AgentBenchmark("v", "t", "m", figures).requestOverheadNs())
                .hasValue(0);
    }

    @Test
    void aBenchmarkRunThatDidNotMeasureCpuPerRequestGivesNoFigure() throws IOException {
        AgentOverhead o = AgentOverhead.measure(
                files(), new AgentBenchmarks(Map.of("illustrative", benchmark("illustrative", null, 319e-6))));
        assertThat(o.requestOverheadNs()).isNull();
        assertThat(o.notBenchmarked()).isTrue();
    }

    @Test
    void filesOfSeveralVersionsStateTheWorstAndNoneWhenOneIsNotBenchmarked() throws IOException {
        List<Measurement> files = filesOfTwoVersions();
        AgentOverhead both = AgentOverhead.measure(
                files,
                new AgentBenchmarks(Map.of(
                        "illustrative", benchmark("illustrative", 303e-6, 319e-6),
                        "0.2.0", benchmark("0.2.0", 300e-6, 301e-6))));
        assertThat(both.agentVersions()).containsExactly("illustrative", "0.2.0");
        assertThat(both.requestOverheadNs()).isEqualTo(16_000);

        AgentOverhead one = AgentOverhead.measure(
                files, new AgentBenchmarks(Map.of("illustrative", benchmark("illustrative", 303e-6, 319e-6))));
        assertThat(one.requestOverheadNs()).isNull();
        assertThat(one.requestOverheadSource()).contains("0.2.0");
    }

    @Test
    void theBundledFiguresListTheBenchmarkedSnapshotAndNotTheIllustrativeAgent() {
        AgentBenchmarks bundled = AgentBenchmarks.bundled();
        assertThat(bundled.forVersion("0.1.0-SNAPSHOT").orElseThrow().requestOverheadNs())
                .hasValue(1_169);
        assertThat(bundled.forVersion("0.1.0-SNAPSHOT").orElseThrow().figures()).containsKey("httpRequestOverheadNs");
        assertThat(bundled.forVersion("illustrative")).isEmpty();
    }

    @Test
    void oldMetadataWithAStatementStillBuildsAReportThatLeavesTheStatementOut() throws IOException {
        Path meta = ReportFixtures.metadata(dir, "old");
        assertThat(Files.readString(meta)).contains("agentOverheadStatement:");
        SciReport r = ReportBuilder.build(
                ReportFixtures.measurements(dir, "old", 6.0, 1),
                dev.sci4j.profile.Profiles.load(ReportFixtures.PROFILE),
                ReportMetadata.read(meta),
                null,
                "test",
                java.time.Instant.now());
        assertThat(ReportMetadata.read(meta).agentOverheadStatement()).isEqualTo("sci4j agent benchmark 0.8 % CPU");
        assertThat(r.agentOverhead().statement()).isNull();
        assertThat(r.agentOverhead().notBenchmarked()).isTrue();
    }
}
