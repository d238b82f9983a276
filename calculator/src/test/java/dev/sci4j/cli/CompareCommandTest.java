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

    @BeforeEach
    void twoSignedReports() throws IOException {
        a = signedReport("vendor-a", 6.0, 1, "a");
        b = signedReport("vendor-b", 9.0, 50, "b");
    }

    private Path signedReport(String vendor, double watts, long seed, String key) throws IOException {
        ReportVerifyCommandTest maker = new ReportVerifyCommandTest();
        maker.dir = dir;
        return maker.signedReport(vendor, watts, seed, key);
    }

    /** The registered keys of every vendor whose key exists. */
    private List<String> keys() {
        List<String> keys = new ArrayList<>(List.of(
                "--vendor-key",
                "vendor-a=" + dir.resolve("a.pub"),
                "--vendor-key",
                "vendor-b=" + dir.resolve("b.pub"),
                "--vendor-key",
                "batch=" + dir.resolve("b.pub")));
        if (Files.exists(dir.resolve("c.pub"))) {
            keys.addAll(List.of("--vendor-key", "vendor-c=" + dir.resolve("c.pub")));
        }
        return keys;
    }

    private CliRun compare(Path... reports) {
        List<String> args =
                new ArrayList<>(List.of("compare", "--profile", ReportFixtures.PROFILE, "--json", "--lang", "en"));
        args.addAll(keys());
        for (Path r : reports) {
            args.add(r.toString());
        }
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void ranksConformantReportsLowestFirst() {
        CliRun run = compare(b, a);
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
        // edits of a third vendor's report: they share its measurement files with each other, not with a and b
        Path c = signedReport("vendor-c", 7.0, 90, "c");
        Path tampered = edit(c, "tampered.json", t -> ((ObjectNode) t.get("result")).put("sciGPerUnit", 0.000001));
        Path noHardware = edit(c, "no-hardware.json", t -> t.remove("hardware"));
        Path future = edit(c, "future.json", t -> t.put("schemaVersion", 7));
        Path nan = Files.writeString(
                dir.resolve("nan.json"),
                Files.readString(c).replaceFirst("\"energyKwh\" : [0-9.Ee-]+", "\"energyKwh\" : NaN"));
        Path otherUnit = otherFunctionalUnit();

        CliRun run = compare(a, tampered, noHardware, future, nan, otherUnit, b);

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
                "compare",
                "--profile",
                ReportFixtures.PROFILE,
                "--unsigned-ok",
                "--html",
                html.toString(),
                a.toString(),
                b.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("第 1 名").contains("民國112年（2023）").contains("未查驗數位簽章");
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
                Files.readString(dir.resolve("vendor-b.yaml"))
                        .replace(", warmUpSeconds: 60", "")
                        .replace("vendor-b", "batch"));
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
                dir.resolve("b.key").toString()));
        for (Path m : ReportFixtures.withoutCounts(ReportFixtures.measurements(dir, "batch", 5.0, 7))) {
            args.add("--measurement");
            args.add(m.toString());
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return dir.resolve("other-unit.json");
    }
}
