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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sci4j compare}: two genuine reports are ranked; each kind of bad report (another functional unit,
 * missing disclosure, unknown schema version, tampered after signing, NaN) is listed with its reason and the
 * comparison completes.
 */
class CompareCommandTest {
    @TempDir
    Path dir;

    Path a;
    Path b;
    Path pub;

    @BeforeEach
    void twoSignedReports() throws IOException {
        ReportVerifyCommandTest maker = new ReportVerifyCommandTest();
        maker.dir = dir;
        a = maker.signedReport("vendor-a", 6.0, 1);
        b = maker.signedReport("vendor-b", 9.0, 50);
        pub = dir.resolve("k.pub");
    }

    @Test
    void ranksConformantReportsLowestFirst() {
        CliRun run = CliRun.of(
                "compare",
                "--profile",
                ReportFixtures.PROFILE,
                "--json",
                "--lang",
                "en",
                "--public-key",
                pub.toString(),
                b.toString(),
                a.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode entries = run.json().get("entries");
        assertThat(entries.get(0).get("vendor").asText()).isEqualTo("vendor-a");
        assertThat(entries.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(entries.get(1).get("rank").asInt()).isEqualTo(2);
        assertThat(entries.get(0).get("lowSciGPerUnit").asDouble())
                .isLessThan(entries.get(0).get("sciGPerUnit").asDouble());
    }

    @Test
    void badReportsAreListedWithTheirReasonAndTheOthersAreStillRanked() throws IOException {
        Path tampered = edit(a, "tampered.json", t -> ((ObjectNode) t.get("result")).put("sciGPerUnit", 0.000001));
        Path noHardware = edit(b, "no-hardware.json", t -> t.remove("hardware"));
        Path future = edit(b, "future.json", t -> t.put("schemaVersion", 7));
        Path nan = Files.writeString(
                dir.resolve("nan.json"),
                Files.readString(b).replaceFirst("\"energyKwh\" : [0-9.Ee-]+", "\"energyKwh\" : NaN"));
        Path otherUnit = otherFunctionalUnit();

        CliRun run = CliRun.of(
                "compare",
                "--profile",
                ReportFixtures.PROFILE,
                "--json",
                "--lang",
                "en",
                "--public-key",
                pub.toString(),
                a.toString(),
                tampered.toString(),
                noHardware.toString(),
                future.toString(),
                nan.toString(),
                otherUnit.toString(),
                b.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode entries = run.json().get("entries");
        assertThat(entries).hasSize(7);
        assertThat(entries.get(0).get("conformant").asBoolean()).isTrue();
        assertThat(entries.get(1).get("conformant").asBoolean()).isTrue();
        assertThat(reasons(entries, "tampered.json")).contains("changed after signing");
        assertThat(reasons(entries, "no-hardware.json")).contains("missing disclosures: hardware");
        assertThat(reasons(entries, "future.json")).contains("unknown report schema version");
        assertThat(reasons(entries, "nan.json")).contains("NaN").contains("result.energyKwh");
        assertThat(reasons(entries, "other-unit.json")).contains("\"record\"").contains("\"request\"");
    }

    @Test
    void zhTwTableAndHtmlShowTheRocYear() throws IOException {
        Path html = dir.resolve("compare.html");
        CliRun run = CliRun.of(
                "compare", "--profile", ReportFixtures.PROFILE, "--html", html.toString(), a.toString(), b.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("第 1 名").contains("2023（民國112年）").contains("未查驗數位簽章");
        String page = Files.readString(html);
        assertThat(page)
                .contains("<html lang=\"zh-TW\">")
                .contains("<th scope=\"col\">")
                .contains("<svg")
                .contains("role=\"img\"")
                .doesNotContain("<script")
                .doesNotContain("http://fonts");
    }

    private String reasons(JsonNode entries, String file) {
        for (JsonNode e : entries) {
            if (e.get("file").asText().endsWith(file)) {
                assertThat(e.get("conformant").asBoolean()).isFalse();
                return e.get("reasons").toString();
            }
        }
        throw new AssertionError("no entry for " + file);
    }

    private Path edit(Path source, String name, java.util.function.Consumer<ObjectNode> change) throws IOException {
        ObjectNode tree = (ObjectNode) JsonOutput.MAPPER.readTree(source.toFile());
        change.accept(tree);
        return Files.writeString(dir.resolve(name), tree.toPrettyString());
    }

    private Path otherFunctionalUnit() throws IOException {
        Path meta = Files.writeString(
                dir.resolve("batch.yaml"),
                Files.readString(dir.resolve("vendor-b.yaml")).replace("warmUpSeconds: 60", "warmUpSeconds: 60"));
        List<String> args = new ArrayList<>(List.of(
                "report",
                "--profile",
                "tw-batch-per-record",
                "--metadata",
                meta.toString(),
                "--units",
                "200",
                "--out",
                dir.resolve("other-unit.json").toString(),
                "--sign",
                dir.resolve("k.key").toString()));
        for (Path m : ReportFixtures.measurements(dir, "batch", 5.0, 7)) {
            args.add("--measurement");
            args.add(m.toString());
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return dir.resolve("other-unit.json");
    }
}
