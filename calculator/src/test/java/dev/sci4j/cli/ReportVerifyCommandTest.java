package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.report.ReportFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sci4j keygen}, {@code report --sign} and {@code verify} through the real CLI. */
class ReportVerifyCommandTest {
    @TempDir
    Path dir;

    @Test
    void signedReportVerifiesAndAnyEditIsDetected() throws IOException {
        Path report = signedReport("vendor-a", 6.0, 1);

        CliRun ok = CliRun.of(
                "verify",
                report.toString(),
                "--public-key",
                dir.resolve("k.pub").toString());
        assertThat(ok.exitCode()).as(ok.err() + ok.out()).isZero();
        assertThat(ok.out()).startsWith("VALID");

        ObjectNode tree = (ObjectNode) JsonOutput.MAPPER.readTree(report.toFile());
        ((ObjectNode) tree.get("software")).put("version", "2.1.1");
        Path edited = Files.writeString(dir.resolve("edited.json"), tree.toPrettyString());
        CliRun bad = CliRun.of(
                "verify",
                edited.toString(),
                "--public-key",
                dir.resolve("k.pub").toString());
        assertThat(bad.exitCode()).isEqualTo(Main.FAILURE);
        assertThat(bad.out()).contains("INVALID").contains("changed after signing");
    }

    @Test
    void keygenNeverOverwrites() {
        assertThat(CliRun.of("keygen", "--out", dir.resolve("k").toString()).exitCode())
                .isZero();
        CliRun again = CliRun.of("keygen", "--out", dir.resolve("k").toString());
        assertThat(again.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void aMissingKeyFileIsBadInput() throws IOException {
        Path report = signedReport("vendor-a", 6.0, 1);
        CliRun run = CliRun.of(
                "verify",
                report.toString(),
                "--public-key",
                dir.resolve("nope.pub").toString());
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("nope.pub");
    }

    @Test
    void reportWritesDisclosuresAndHtml() throws IOException {
        Path report = signedReport("vendor-a", 6.0, 1);
        JsonNode j = JsonOutput.MAPPER.readTree(report.toFile());
        assertThat(j.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(j.at("/functionalUnit/name").asText()).isEqualTo("request");
        assertThat(j.at("/grid/source").asText()).isEqualTo("tw-moea-ea");
        assertThat(j.at("/embodied/profileDefault").asBoolean()).isTrue();
        assertThat(j.get("measurements")).hasSize(3);
        assertThat(j.at("/signature/algorithm").asText()).isEqualTo("Ed25519");
        assertThat(j.at("/energy/unitCpuSampling").asText()).isEqualTo("every-unit"); // as the measurement files say
        assertThat(Files.readString(dir.resolve("vendor-a.html")))
                .contains("<html lang=\"zh-TW\">")
                .contains("公文查詢 API")
                .contains("功能單位 CPU 時間：每個單位皆量測");
    }

    Path signedReport(String vendor, double watts, long seed) throws IOException {
        return signedReport(vendor, watts, seed, "k");
    }

    /** A report of three repetitions signed with key {@code key} (made when missing) and its HTML page. */
    Path signedReport(String vendor, double watts, long seed, String key) throws IOException {
        if (!Files.exists(dir.resolve(key + ".key"))) {
            assertThat(CliRun.of("keygen", "--out", dir.resolve(key).toString()).exitCode())
                    .isZero();
        }
        List<String> args = new ArrayList<>(List.of(
                "report",
                "--profile",
                ReportFixtures.PROFILE,
                "--metadata",
                ReportFixtures.metadata(dir, vendor).toString(),
                "--out",
                dir.resolve(vendor + ".json").toString(),
                "--html",
                dir.resolve(vendor + ".html").toString(),
                "--sign",
                dir.resolve(key + ".key").toString()));
        for (Path m : ReportFixtures.measurements(dir, vendor, watts, seed)) {
            args.add("--measurement");
            args.add(m.toString());
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return dir.resolve(vendor + ".json");
    }
}
