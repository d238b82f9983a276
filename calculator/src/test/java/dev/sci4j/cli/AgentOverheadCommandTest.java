package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.report.ReportFixtures;
import dev.sci4j.sign.DocumentSigner;
import dev.sci4j.sign.Ed25519Keys;
import dev.sci4j.sign.SignatureBlock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent's overhead end to end: {@code report} states it (and ignores an old {@code agentOverheadStatement}
 * with a warning), {@code compare} shows it for each vendor, and a report signed before the figures existed still
 * verifies and conforms.
 */
class AgentOverheadCommandTest {
    @TempDir
    Path dir;

    private Path signedReport(String vendor, String key) throws IOException {
        ReportVerifyCommandTest maker = new ReportVerifyCommandTest();
        maker.dir = dir;
        return maker.signedReport(vendor, 6.0, 1, key);
    }

    /**
     * The report as the generator before this change wrote and signed it: a free-text statement and none of the
     * benchmarked figures.
     */
    private Path oldSignedReport(Path report) throws IOException {
        ObjectNode tree = (ObjectNode) JsonOutput.MAPPER.readTree(report.toFile());
        tree.remove(SignatureBlock.MEMBER);
        ObjectNode overhead = (ObjectNode) tree.get("agentOverhead");
        overhead.remove("agentVersions");
        overhead.remove("requestOverheadNs");
        overhead.remove("requestOverheadSource");
        overhead.put("statement", "sci4j agent benchmark 0.8 % CPU");
        SignatureBlock block = DocumentSigner.sign(
                tree, Ed25519Keys.readPrivate(dir.resolve("old.key")), Ed25519Keys.readPublic(dir.resolve("old.pub")));
        tree.set(SignatureBlock.MEMBER, JsonOutput.MAPPER.valueToTree(block));
        return Files.writeString(dir.resolve("old-report.json"), tree.toPrettyString());
    }

    @Test
    void reportStatesTheMeasuredOverheadAndWarnsThatTheStatementIsIgnored() throws IOException {
        Path report = signedReport("vendor-a", "a");
        JsonNode o = JsonOutput.MAPPER.readTree(report.toFile()).get("agentOverhead");
        assertThat(o.get("agentVersions").get(0).asText()).isEqualTo("illustrative");
        assertThat(o.get("requestOverheadNs").isNull()).isTrue();
        assertThat(o.get("requestOverheadSource").asText())
                .isEqualTo("not benchmarked: this sci4j bundles no per-request figures for agent version illustrative");
        assertThat(o.get("statement").isNull()).isTrue();
        assertThat(Files.readString(dir.resolve("vendor-a.html"))).contains("未經基準測試");

        CliRun run = CliRun.of(
                "report",
                "--profile",
                ReportFixtures.PROFILE,
                "--metadata",
                ReportFixtures.metadata(dir, "vendor-a").toString(),
                "--out",
                dir.resolve("again.json").toString(),
                "--measurement",
                dir.resolve("vendor-a-1.json").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("agentOverheadStatement is ignored");
        assertThat(run.out()).contains("Agent overhead: sampler").contains("not benchmarked");
    }

    @Test
    void compareShowsEachVendorsOverheadAndAReportSignedBeforeTheFiguresStillVerifiesAndConforms() throws IOException {
        Path current = signedReport("vendor-a", "a");
        signedReport("vendor-old", "old");
        Path old = oldSignedReport(dir.resolve("vendor-old.json"));

        CliRun verify = CliRun.of(
                "verify", old.toString(), "--public-key", dir.resolve("old.pub").toString());
        assertThat(verify.exitCode()).as(verify.err() + verify.out()).isZero();
        assertThat(verify.out()).startsWith("VALID");

        Path html = dir.resolve("compare.html");
        CliRun compare = CliRun.of(
                "compare",
                "--profile",
                ReportFixtures.PROFILE,
                "--json",
                "--lang",
                "en",
                "--html",
                html.toString(),
                "--vendor-key",
                "vendor-a=" + dir.resolve("a.pub"),
                "--vendor-key",
                "vendor-old=" + dir.resolve("old.pub"),
                current.toString(),
                old.toString());
        assertThat(compare.exitCode()).as(compare.err()).isZero();
        JsonNode entries = compare.json().get("entries");
        assertThat(entries).hasSize(2);
        for (JsonNode e : entries) {
            assertThat(e.get("conformant").asBoolean()).as(e.toString()).isTrue();
            assertThat(e.get("agentSamplerCpuPercent").asDouble()).isPositive();
            assertThat(e.get("agentRequestOverheadNs").isNull()).isTrue();
        }
        assertThat(Files.readString(html))
                .contains("Agent overhead: sampler CPU share / CPU per request")
                .contains("not benchmarked")
                .contains("—");
    }
}
