package dev.sci4j.sign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.profile.Profiles;
import dev.sci4j.report.ReportBuilder;
import dev.sci4j.report.ReportFixtures;
import dev.sci4j.report.ReportJson;
import dev.sci4j.report.ReportMetadata;
import dev.sci4j.report.SciReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signature can be checked without sci4j, as the vendor guide documents: the canonical form written by
 * plain JavaScript ({@code docs/tools/verify-sci4j-report.js}) and Ed25519 verified by OpenSSL accept a sci4j
 * signature and reject an edited report. Skipped when node or openssl is not installed.
 */
class SignatureInteroperabilityTest {
    private static final Path SCRIPT = Path.of("..", "docs", "tools", "verify-sci4j-report.js");

    @TempDir
    Path dir;

    @Test
    void nodeAndOpenSslVerifyASci4jSignature() throws Exception {
        Assumptions.assumeTrue(
                onPath("node") && onPath("openssl") && Files.isRegularFile(SCRIPT),
                "node, openssl or " + SCRIPT + " missing: interoperability check skipped");
        SciReport r = ReportBuilder.build(
                ReportFixtures.measurements(dir, "v", 6.0, 1),
                Profiles.load(ReportFixtures.PROFILE),
                ReportMetadata.read(ReportFixtures.metadata(dir, "v")),
                null,
                "test",
                Instant.now());
        KeyPair keys = Ed25519Keys.generate();
        Ed25519Keys.write(keys, dir.resolve("v.key"), dir.resolve("v.pub"));
        ObjectNode tree = ReportJson.toTree(
                r, DocumentSigner.sign(ReportJson.toTree(r, null), keys.getPrivate(), keys.getPublic()));
        Path report = Files.writeString(dir.resolve("r.json"), ReportJson.text(tree));
        Path edited =
                Files.writeString(dir.resolve("e.json"), ReportJson.text(tree).replace("公文查詢 API", "公文查詢 APl"));

        assertThat(opensslAccepts(report)).isTrue();
        assertThat(opensslAccepts(edited)).isFalse();
    }

    private boolean opensslAccepts(Path report) throws Exception {
        assertThat(run("node", SCRIPT.toAbsolutePath().toString(), report.toString()))
                .isZero();
        return run(
                        "openssl",
                        "pkeyutl",
                        "-verify",
                        "-pubin",
                        "-inkey",
                        dir.resolve("v.pub").toString(),
                        "-rawin",
                        "-in",
                        "canonical.bin",
                        "-sigfile",
                        "signature.bin")
                == 0;
    }

    private int run(String... command) throws Exception {
        Process p = new ProcessBuilder(List.of(command))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        return p.exitValue();
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
