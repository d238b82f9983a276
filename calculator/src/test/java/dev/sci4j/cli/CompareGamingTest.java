package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.report.IllustrativeMeasurements;
import dev.sci4j.report.ReportFixtures;
import dev.sci4j.sign.DocumentSigner;
import dev.sci4j.sign.Ed25519Keys;
import dev.sci4j.sign.SignatureBlock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each way a dishonest vendor could rank first that issue 14 lists, tried through {@code sci4j compare}: every
 * one is caught (the report is non-conformant with the reason) or normalised away (it gains nothing).
 */
class CompareGamingTest {
    @TempDir
    Path dir;

    /** A report by {@code vendor} signed with key {@code key}, from these files and extra metadata lines. */
    private Path report(String vendor, String key, List<Path> files, String extraMetadata, String... options)
            throws IOException {
        if (!Files.exists(dir.resolve(key + ".key"))) {
            assertThat(CliRun.of("keygen", "--out", dir.resolve(key).toString()).exitCode())
                    .isZero();
        }
        Path meta = Files.writeString(
                dir.resolve(vendor + "-meta.yaml"),
                Files.readString(ReportFixtures.metadata(dir, vendor)) + extraMetadata);
        Path out = dir.resolve(vendor + "-" + key + ".json");
        List<String> args = new ArrayList<>(List.of(
                "report",
                "--profile",
                ReportFixtures.PROFILE,
                "--metadata",
                meta.toString(),
                "--out",
                out.toString(),
                "--sign",
                dir.resolve(key + ".key").toString()));
        args.addAll(List.of(options));
        files.forEach(f -> args.addAll(List.of("--measurement", f.toString())));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }

    private List<Path> files(String prefix, double watts, long seed) throws IOException {
        return ReportFixtures.measurements(dir, prefix, watts, seed);
    }

    /** The report edited and signed again with {@code key}, as a vendor can do with its own key. */
    private Path resigned(Path report, String key, String name, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode tree = (ObjectNode) JsonOutput.MAPPER.readTree(report.toFile());
        tree.remove(SignatureBlock.MEMBER);
        edit.accept(tree);
        SignatureBlock block = DocumentSigner.sign(
                tree,
                Ed25519Keys.readPrivate(dir.resolve(key + ".key")),
                Ed25519Keys.readPublic(dir.resolve(key + ".pub")));
        tree.set(SignatureBlock.MEMBER, JsonOutput.MAPPER.valueToTree(block));
        return Files.writeString(dir.resolve(name), tree.toPrettyString());
    }

    private CliRun compare(List<String> vendorKeys, Path... reports) {
        List<String> args =
                new ArrayList<>(List.of("compare", "--profile", ReportFixtures.PROFILE, "--json", "--lang", "en"));
        for (String k : vendorKeys) {
            args.addAll(List.of("--vendor-key", k));
        }
        for (Path r : reports) {
            args.add(r.toString());
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private String key(String vendor, String key) {
        return vendor + "=" + dir.resolve(key + ".pub");
    }

    private static JsonNode entry(CliRun run, Path report) {
        for (JsonNode e : run.json().get("entries")) {
            if (e.get("file").asText().equals(report.toString())) {
                return e;
            }
        }
        throw new AssertionError("no entry for " + report);
    }

    private static String reasons(CliRun run, Path report) {
        JsonNode e = entry(run, report);
        assertThat(e.get("conformant").asBoolean()).as(e.toString()).isFalse();
        return e.get("reasons").toString();
    }

    @Test
    void paddingRWithHealthChecksGainsNothing() throws IOException {
        List<Path> honestFiles = files("honest", 6.0, 1);
        List<Path> paddedFiles = files("padded", 6.0, 1);
        for (Path f : paddedFiles) {
            ReportUnitsFromAgentTest.addUnits(f, "http GET /health", 500);
        }
        Path honest = report("honest", "h", honestFiles, "");
        Path padded = report("padded", "p", paddedFiles, "");

        CliRun run = compare(List.of(key("honest", "h"), key("padded", "p")), honest, padded);

        assertThat(entry(run, padded).get("conformant").asBoolean()).isTrue();
        assertThat(entry(run, padded).get("sciGPerUnit").asDouble())
                .isEqualTo(entry(run, honest).get("sciGPerUnit").asDouble());
        assertThat(entry(run, padded).get("excludedUnits").toString()).contains("http GET /health");
        assertThat(entry(run, padded).get("rank").asInt()).isEqualTo(1);
        assertThat(entry(run, honest).get("rank").asInt()).isEqualTo(1); // a tie is ranked as a tie
    }

    @Test
    void statingMoreUnitsThanTheAgentCountedIsCaught() throws IOException {
        Path r = report("v", "v", files("v", 6.0, 1), "");
        Path inflated = resigned(r, "v", "inflated.json", t -> {
            ObjectNode fu = (ObjectNode) t.get("functionalUnit");
            ArrayNode units = fu.putArray("unitsPerRepetition");
            units.add(100000.0).add(100000.0).add(100000.0);
            fu.put("totalUnits", 300000.0);
        });
        assertThat(reasons(compare(List.of(key("v", "v")), inflated), inflated))
                .contains("differs from the units the agent counted")
                .contains("15000, 15000, 15000");
    }

    @Test
    void declaringRWhenTheAgentCountedIsRefusedAndADeclaredReportIsNonConformant() throws IOException {
        List<Path> counted = files("v", 6.0, 1);
        List<String> args = new ArrayList<>(List.of(
                "report",
                "--profile",
                ReportFixtures.PROFILE,
                "--metadata",
                ReportFixtures.metadata(dir, "v").toString(),
                "--units",
                "100000",
                "--out",
                dir.resolve("x.json").toString()));
        counted.forEach(f -> args.addAll(List.of("--measurement", f.toString())));
        CliRun refused = CliRun.of(args.toArray(String[]::new));
        assertThat(refused.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(refused.err()).contains("omit --units");

        Path declared = report("d", "d", ReportFixtures.withoutCounts(files("d", 6.0, 1)), "", "--units", "100000");
        assertThat(reasons(compare(List.of(key("d", "d")), declared), declared))
                .contains("does not allow a declared R");

        Path relabelled = resigned(report("w", "w", files("w", 6.0, 1), ""), "w", "relabelled.json", t -> {
            ObjectNode fu = (ObjectNode) t.get("functionalUnit");
            fu.put("countSource", "declared with --units");
        });
        assertThat(reasons(compare(List.of(key("w", "w")), relabelled), relabelled))
                .contains("R was declared");
    }

    @Test
    void aReportNamingOneVendorSignedWithAnothersKeyIsRejectedAndTheSignerShown() throws IOException {
        Path a = report("甲資訊", "a", files("a", 6.0, 1), "");
        report("乙資訊", "b", files("b", 9.0, 5), "");
        Path forged = report("甲資訊", "b", files("forged", 3.0, 9), "");

        CliRun run = compare(List.of(key("甲資訊", "a"), key("乙資訊", "b")), forged);

        String bFingerprint = Ed25519Keys.fingerprint(Ed25519Keys.readPublic(dir.resolve("b.pub")));
        assertThat(reasons(run, forged)).contains("not by the key registered for vendor \\\"甲資訊\\\"");
        assertThat(entry(run, forged).get("signer").asText()).isEqualTo(bFingerprint);
        assertThat(entry(run, forged).get("signerVerified").asBoolean()).isFalse();

        CliRun genuine = compare(List.of(key("甲資訊", "a")), a);
        assertThat(entry(genuine, a).get("conformant").asBoolean()).isTrue();
        assertThat(entry(genuine, a).get("signerVerified").asBoolean()).isTrue();
    }

    /** The fixture's metadata with its free-text hardware replaced by {@code hardware} (a YAML value). */
    private Path metadataWithHardware(String vendor, String hardware) throws IOException {
        Path meta = ReportFixtures.metadata(dir, vendor);
        String text = Files.readString(meta);
        assertThat(text).contains("hardware: 4 vCPU VM, 8 GB memory");
        return Files.writeString(meta, text.replace("hardware: 4 vCPU VM, 8 GB memory", "hardware: " + hardware));
    }

    private CliRun reportRun(Path meta, List<Path> files, Path out, String... options) {
        List<String> args = new ArrayList<>(List.of(
                "report", "--profile", ReportFixtures.PROFILE, "--metadata", meta.toString(), "--out", out.toString()));
        args.addAll(List.of(options));
        files.forEach(f -> args.addAll(List.of("--measurement", f.toString())));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void statingAnotherCpuOrCoreCountThanTheFilesMeasuredIsCaught() throws IOException {
        Path r = report("v", "v", files("v", 6.0, 1), "");
        Path restated = resigned(r, "v", "restated.json", t -> {
            ObjectNode hardware = t.putObject("hardware");
            hardware.put("cpuModel", "Intel Xeon Platinum 8480+");
            hardware.put("logicalCores", 16);
        });

        CliRun run = compare(List.of(key("v", "v")), restated);

        assertThat(reasons(run, restated))
                .contains(
                        "states CPU model Intel Xeon Platinum 8480+, but its measurement files ran on illustrative CPU")
                .contains("states 16 logical cores, but its measurement files record 4");
        assertThat(entry(run, restated).get("cpuModels").toString()).contains("illustrative CPU");
        assertThat(entry(run, restated).get("logicalCores").asInt()).isEqualTo(4);
    }

    @Test
    void aBlankFreeTextHardwareStillReadsAndIsAMissingDisclosure() throws IOException {
        Path r = report("v", "v", files("v", 6.0, 1), "");
        Path blank = resigned(r, "v", "blank.json", t -> t.put("hardware", "  "));

        assertThat(reasons(compare(List.of(key("v", "v")), blank), blank))
                .contains("mandatory disclosure missing: hardware")
                .doesNotContain("does not follow the report schema");
    }

    @Test
    void reportRefusesAStatedCpuThatTheFilesContradict() throws IOException {
        Path meta = metadataWithHardware("v", "{cpuModel: Intel Xeon, logicalCores: 4}");

        CliRun run = reportRun(meta, files("v", 6.0, 1), dir.resolve("r.json"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err().strip())
                .endsWith(": hardware.cpuModel is 'Intel Xeon' but the measurement files ran on illustrative CPU: state"
                        + " what they measured, or leave the field out (the report shows the measured CPU)");
        assertThat(dir.resolve("r.json")).doesNotExist();
    }

    @Test
    void aHardwareMapWithZeroCoresNamesTheFileLineAndField() throws IOException {
        Path meta = metadataWithHardware("v", "{cpuModel: illustrative CPU, logicalCores: 0}");

        CliRun run = reportRun(meta, files("v", 6.0, 1), dir.resolve("r.json"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err().strip())
                .endsWith(meta + " line 9, field 'hardware.logicalCores': hardware.logicalCores must be at least 1,"
                        + " got 0");
    }

    @Test
    void statedHardwareThatTheFilesConfirmIsConformantAndThePageShowsTheMeasuredCpu() throws IOException {
        Path meta = metadataWithHardware(
                "v", "{cpuModel: illustrative CPU, logicalCores: 4, memoryGb: 8, description: a 4 vCPU VM}");
        Path out = dir.resolve("r.json");
        Path html = dir.resolve("r.html");

        CliRun made = reportRun(meta, files("v", 6.0, 1), out, "--html", html.toString(), "--lang", "en");

        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(JsonOutput.MAPPER
                        .readTree(out.toFile())
                        .get("hardware")
                        .get("cpuModel")
                        .asText())
                .isEqualTo("illustrative CPU");
        assertThat(Files.readString(html))
                .contains("illustrative CPU, 4 logical cores, declared by the vendor, not checked: a 4 vCPU VM; 8 GB");
        CliRun compared =
                CliRun.of("compare", "--profile", ReportFixtures.PROFILE, "--unsigned-ok", "--json", out.toString());
        assertThat(entry(compared, out).get("conformant").asBoolean())
                .as(compared.out())
                .isTrue();
    }

    @Test
    void aFreeTextHardwareDescriptionStillReportsAndIsShownAsDeclared() throws IOException {
        Path out = dir.resolve("r.json");
        Path html = dir.resolve("r.html");

        CliRun made = reportRun(
                ReportFixtures.metadata(dir, "v"),
                files("v", 6.0, 1),
                out,
                "--html",
                html.toString(),
                "--lang",
                "zh-TW");

        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(JsonOutput.MAPPER.readTree(out.toFile()).get("hardware").textValue())
                .isEqualTo("4 vCPU VM, 8 GB memory");
        assertThat(Files.readString(html)).contains("illustrative CPU，4 個邏輯核心、廠商自述、未經查核：4 vCPU VM, 8 GB memory");
        CliRun compared =
                CliRun.of("compare", "--profile", ReportFixtures.PROFILE, "--unsigned-ok", "--json", out.toString());
        assertThat(entry(compared, out).get("conformant").asBoolean())
                .as(compared.out())
                .isTrue();
    }

    @Test
    void aLongerStatedWindowThanTheFilesCoverIsCaught() throws IOException {
        Path r = report("v", "v", files("v", 6.0, 1), "");
        Path longer = resigned(r, "v", "longer.json", t -> {
            ArrayNode s = ((ObjectNode) t.get("measurementWindow")).putArray("repetitionSeconds");
            s.add(400.0).add(400.0).add(400.0);
        });
        assertThat(reasons(compare(List.of(key("v", "v")), longer), longer))
                .contains("repetition 1: the stated measurement window is 400 s")
                .contains("covers 300 s");
    }

    @Test
    void shortMeasurementFilesFailTheMeasuredDuration() throws IOException {
        List<Path> shortFiles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path f = dir.resolve("short-" + i + ".json");
            dev.sci4j.measurement.MeasurementJson.writeAtomically(
                    IllustrativeMeasurements.repetition(
                            "short-" + i,
                            java.time.Instant.parse("2026-11-02T01:00:00Z").plusSeconds(3600L * i),
                            7,
                            10,
                            6.0,
                            0.05,
                            AccuracyClass.A,
                            0.004,
                            i),
                    f);
            shortFiles.add(f);
        }
        Path r = report("s", "s", shortFiles, "");
        assertThat(reasons(compare(List.of(key("s", "s")), r), r))
                .contains("the shortest repetition lasted 10 s; the profile requires at least 300 s");
    }

    @Test
    void relabellingTheAccuracyClassIsCaught() throws IOException {
        Path modelled = report("m", "m", IllustrativeMeasurements.write(dir, "m", 3, 6.0, AccuracyClass.C, 3), "");
        Path statedA = resigned(
                modelled,
                "m",
                "stated-a.json",
                t -> ((ObjectNode) t.get("energy")).put("accuracyClass", "A").put("accuracyRelativeUncertainty", 0.05));
        Path fileSaysA = resigned(
                modelled,
                "m",
                "file-a.json",
                t -> t.get("measurements")
                        .forEach(m -> ((ObjectNode) m.get("run").get("energySource")).put("accuracyClass", "A")));
        Path fileSaysRapl = resigned(
                modelled,
                "m",
                "file-rapl.json",
                t -> t.get("measurements")
                        .forEach(m -> ((ObjectNode) m.get("run").get("energySource"))
                                .put("kind", "rapl")
                                .put("accuracyClass", "A")));

        CliRun run = compare(List.of(key("m", "m")), statedA, fileSaysA, fileSaysRapl);

        assertThat(reasons(run, statedA)).contains("differ from the measurement files' (model / C)");
        assertThat(reasons(run, fileSaysA)).contains("energy source model gives accuracy class C");
        // the illustrative files hold RAPL's "package" component; a relabelled model file would hold cpu/memory
        String model = Files.readString(modelled).replace("\"package\"", "\"cpu\"");
        Path modelComponents = resigned(
                Files.writeString(dir.resolve("model-components.json"), model),
                "m",
                "model-rapl.json",
                t -> t.get("measurements")
                        .forEach(m -> ((ObjectNode) m.get("run").get("energySource"))
                                .put("kind", "rapl")
                                .put("accuracyClass", "A")));
        assertThat(reasons(compare(List.of(key("m", "m")), modelComponents), modelComponents))
                .contains("energy components cpu are not what energy source rapl records");
        assertThat(entry(run, fileSaysRapl).get("conformant").asBoolean())
                .as("a file whose components fit RAPL reads as RAPL: only re-measurement (verify-claim) tells")
                .isFalse(); // its stated energy (model / C) no longer matches the files
    }

    @Test
    void theWarmUpIsAppliedNotTakenOnTrust() throws IOException {
        Path r = report("v", "v", files("v", 6.0, 1), "");
        Path noWarmUp =
                resigned(r, "v", "no-warm-up.json", t -> ((ObjectNode) t.get("usageScenario")).put("warmUpSeconds", 0));
        Path claimedWarmUp =
                resigned(r, "v", "claimed.json", t -> ((ObjectNode) t.get("usageScenario")).put("warmUpSeconds", 120));

        List<String> keys = List.of(key("v", "v"));
        // compared one at a time: they share their measurement files, which is a finding of its own
        assertThat(entry(compare(keys, r), r).get("conformant").asBoolean()).isTrue();
        assertThat(reasons(compare(keys, noWarmUp), noWarmUp)).contains("left out 0 s of warm-up");
        assertThat(reasons(compare(keys, claimedWarmUp), claimedWarmUp)).contains("left out 120 s of warm-up");
    }

    @Test
    void zeroOrImplausiblyLowEmbodiedEmissionsAreNonConformant() throws IOException {
        Path zero = report(
                "z",
                "z",
                files("z", 6.0, 1),
                "embodied: {totalEmbodiedG: 0, source: none, lifespan: 4y, resourcesReserved: 1, resourcesTotal: 1}\n");
        Path longLife = report(
                "l",
                "l",
                files("l", 6.0, 2),
                "embodied: {totalEmbodiedG: 1000000, source: LCA, lifespan: 40y, resourcesReserved: 1,"
                        + " resourcesTotal: 1000}\n");
        Path plausible = report(
                "p",
                "p",
                files("p", 6.0, 3),
                "embodied: {totalEmbodiedG: 1000000, source: LCA, lifespan: 4y, resourcesReserved: 4,"
                        + " resourcesTotal: 64}\n");

        CliRun run = compare(List.of(key("z", "z"), key("l", "l"), key("p", "p")), zero, longLife, plausible);

        assertThat(reasons(run, zero)).contains("declared embodied emissions are 0");
        assertThat(reasons(run, longLife)).contains("below the profile's floor for the measured 4 logical cores");
        assertThat(entry(run, plausible).get("conformant").asBoolean()).isTrue();
        // the comparison uses the profile's model: 15625 g per core × 4 cores over 4 years, 900 s
        assertThat(entry(run, plausible).get("embodiedG").asDouble())
                .isCloseTo(15625.0 * 4 * 900 / (4 * 365 * 86400.0), org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void omittingPueGainsNothing() throws IOException {
        Path omitted = report("o", "o", files("o", 6.0, 1), "");
        Path honest = report("h", "h", files("h", 6.0, 1), "pue: 1.4\n");

        CliRun run = compare(List.of(key("o", "o"), key("h", "h")), omitted, honest);

        assertThat(entry(run, omitted).get("sciGPerUnit").asDouble())
                .isEqualTo(entry(run, honest).get("sciGPerUnit").asDouble());
        assertThat(entry(run, honest).get("declaredPue").asDouble()).isEqualTo(1.4);
        assertThat(entry(run, omitted).has("declaredPue")).isFalse();
        assertThat(run.json().get("referencePue").asDouble()).isEqualTo(1.5);
    }

    @Test
    void oneMeasurementFileAsSeveralRepetitionsIsFlagged() throws IOException {
        List<Path> one = files("once", 6.0, 1);
        Path tripled = report("t", "t", List.of(one.get(0), one.get(0), one.get(0)), "");
        Path other = report("u", "u", files("u", 6.0, 2), "");
        Path copied = report("c", "c", List.of(dir.resolve("u-1.json"), one.get(1), one.get(2)), "");

        CliRun run = compare(List.of(key("t", "t"), key("u", "u"), key("c", "c")), tripled, other, copied);

        assertThat(reasons(run, tripled)).contains("runId once-1").contains("more than once");
        assertThat(reasons(run, copied)).contains("runId u-1");
        assertThat(reasons(run, other)).contains("runId u-1"); // who copied whom is not for sci4j to say
    }

    @Test
    void aReportMadeUnderAnotherVersionOfTheProfileIsNonConformant() throws IOException {
        Path r = report("v", "v", files("v", 6.0, 1), "");
        Path v2 = Files.writeString(
                dir.resolve("v2.yaml"),
                new String(
                                dev.sci4j.profile.Profiles.class
                                        .getResourceAsStream("/dev/sci4j/profiles/" + ReportFixtures.PROFILE + ".yaml")
                                        .readAllBytes(),
                                java.nio.charset.StandardCharsets.UTF_8)
                        .replace("version: 1", "version: 2"));
        CliRun run = CliRun.of(
                "compare",
                "--profile",
                v2.toString(),
                "--json",
                "--lang",
                "en",
                "--vendor-key",
                key("v", "v"),
                r.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(reasons(run, r)).contains("version 1 of the profile; this comparison uses version 2");
    }

    @Test
    void withoutKeysTheOfficerMustAcceptUnverifiedReportsAndThePageSaysSoAtTheTop() throws IOException {
        Path r = report("v", "v", files("v", 6.0, 1), "");
        CliRun refused = CliRun.of("compare", "--profile", ReportFixtures.PROFILE, r.toString());
        assertThat(refused.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(refused.err()).contains("--vendor-key").contains("--unsigned-ok");

        Path html = dir.resolve("c.html");
        CliRun run = CliRun.of(
                "compare",
                "--profile",
                ReportFixtures.PROFILE,
                "--unsigned-ok",
                "--html",
                html.toString(),
                r.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String page = Files.readString(html);
        int banner = page.indexOf("class=\"unverified\"");
        assertThat(banner).isPositive().isLessThan(page.indexOf("<h1"));
    }
}
