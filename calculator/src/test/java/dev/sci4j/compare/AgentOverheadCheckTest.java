package dev.sci4j.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.i18n.Language;
import dev.sci4j.i18n.Message;
import dev.sci4j.i18n.Messages;
import dev.sci4j.profile.ProcurementProfile;
import dev.sci4j.profile.Profiles;
import dev.sci4j.report.AgentOverhead;
import dev.sci4j.report.ReportBuilder;
import dev.sci4j.report.ReportFixtures;
import dev.sci4j.report.ReportJson;
import dev.sci4j.report.ReportMetadata;
import dev.sci4j.report.SciReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile's limits on the agent's overhead, and the claims about it that the files can check. */
class AgentOverheadCheckTest {
    @TempDir
    Path dir;

    /** The fixture's files name agent version "illustrative", which is not benchmarked. */
    private SciReport report() throws IOException {
        return ReportBuilder.build(
                ReportFixtures.measurements(dir, "v", 6.0, 1),
                Profiles.load(ReportFixtures.PROFILE),
                ReportMetadata.read(ReportFixtures.metadata(dir, "v")),
                null,
                "test",
                Instant.now());
    }

    /** The web-service profile with a per-request limit. */
    private ProcurementProfile limitedTo(double ns) throws IOException {
        String text = new String(
                        Profiles.class
                                .getResourceAsStream(Profiles.RESOURCE_DIR + ReportFixtures.PROFILE + ".yaml")
                                .readAllBytes(),
                        StandardCharsets.UTF_8)
                .replace("maxAgentOverheadPercent: 5", "maxAgentOverheadPercent: 5\nmaxAgentRequestOverheadNs: " + ns);
        return Profiles.load(
                Files.writeString(dir.resolve("limited.yaml"), text).toString());
    }

    private static AgentOverhead withRequest(AgentOverhead o, Double ns, String source) {
        return new AgentOverhead(
                o.samplerCpuSeconds(),
                o.processCpuSeconds(),
                o.samplerCpuPercent(),
                o.agentVersions(),
                ns,
                source,
                o.statement());
    }

    private static AgentOverhead withSampler(AgentOverhead o, double percent, List<String> versions) {
        return new AgentOverhead(
                o.samplerCpuSeconds(),
                o.processCpuSeconds(),
                percent,
                versions,
                o.requestOverheadNs(),
                o.requestOverheadSource(),
                o.statement());
    }

    private static SciReport with(SciReport r, AgentOverhead o) {
        return new SciReport(
                r.schemaVersion(),
                r.generator(),
                r.createdAt(),
                r.profile(),
                r.software(),
                r.vendor(),
                r.boundary(),
                r.hardware(),
                r.functionalUnit(),
                r.usageScenario(),
                r.measurementWindow(),
                r.energy(),
                r.grid(),
                r.embodied(),
                r.result(),
                r.uncertainty(),
                o,
                r.measurements());
    }

    private List<Message> check(ProcurementProfile p, SciReport r) {
        return ConformanceCheck.check(p, r, ReportJson.toTree(r, null), null);
    }

    @Test
    void profilesWithoutTheFieldSetNoPerRequestLimit() throws IOException {
        assertThat(Profiles.load(ReportFixtures.PROFILE).maxAgentRequestOverheadNs())
                .isNull();
        assertThat(limitedTo(20_000).maxAgentRequestOverheadNs()).isEqualTo(20_000);
        assertThat(check(Profiles.load(ReportFixtures.PROFILE), report())).isEmpty();
    }

    @Test
    void aReportWithinThePerRequestLimitConforms() throws IOException {
        SciReport r = report();
        SciReport benchmarked = with(r, withRequest(r.agentOverhead(), 16_000.0, "agent illustrative: a test run"));
        assertThat(check(limitedTo(20_000), benchmarked)).isEmpty();
    }

    @Test
    void aReportOverThePerRequestLimitDoesNotConformAndSaysWhyInBothLanguages() throws IOException {
        SciReport r = report();
        SciReport benchmarked = with(r, withRequest(r.agentOverhead(), 16_000.0, "agent illustrative: a test run"));
        List<Message> found = check(limitedTo(1_000), benchmarked);
        assertThat(found).extracting(Message::key).containsExactly("check.requestOverhead");
        assertThat(Messages.of(Language.EN).render(found.get(0)))
                .isEqualTo("the measuring agent (version illustrative) adds 16000 ns of CPU time per request by"
                        + " sci4j's benchmarks; the profile allows at most 1000 ns");
        assertThat(Messages.of(Language.ZH_TW).render(found.get(0)))
                .isEqualTo("量測代理程式（版本 illustrative）依 sci4j 基準測試每次請求增加 16000 ns CPU 時間；採購規格上限為 1000 ns");
    }

    @Test
    void anAgentVersionThatIsNotBenchmarkedCannotMeetAPerRequestLimit() throws IOException {
        SciReport r = report();
        assertThat(r.agentOverhead().notBenchmarked()).isTrue();
        List<Message> found = check(limitedTo(1_000_000), r);
        assertThat(found).extracting(Message::key).containsExactly("check.requestOverheadUnknown");
        assertThat(Messages.of(Language.EN).render(found.get(0)))
                .contains("agent version illustrative is not benchmarked")
                .contains("1000000 ns");
        assertThat(Messages.of(Language.ZH_TW).render(found.get(0))).contains("未經基準測試");
    }

    @Test
    void aStatedSamplerShareOrAgentVersionThatTheFilesDoNotShowIsAReason() throws IOException {
        SciReport r = report();
        var p = Profiles.load(ReportFixtures.PROFILE);
        assertThat(ClaimCheck.check(p, r).reasons()).isEmpty();
        SciReport forged = with(
                r,
                withSampler(r.agentOverhead(), r.agentOverhead().samplerCpuPercent() / 10, List.of("0.1.0-SNAPSHOT")));
        assertThat(ClaimCheck.check(p, forged).reasons())
                .extracting(Message::key)
                .containsExactlyInAnyOrder("claim.samplerCpu", "claim.agentVersions");
    }
}
