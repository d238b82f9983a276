package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.report.ReportFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile but fair inputs (issue 16): each is the user's mistake, so each is exit 2 with one sentence naming the
 * file and what was expected; never an out-of-memory error, a hang, a stack trace or "internal error".
 */
class BadInputsTest {
    @TempDir
    Path dir;

    private Path report;
    private Path publicKey;

    @BeforeEach
    void signedReport() throws IOException {
        assertThat(CliRun.of("keygen", "--out", dir.resolve("k").toString()).exitCode())
                .isZero();
        publicKey = dir.resolve("k.pub");
        report = dir.resolve("r.json");
        List<String> args = new ArrayList<>(List.of(
                "report",
                "--profile",
                ReportFixtures.PROFILE,
                "--metadata",
                ReportFixtures.metadata(dir, "v").toString(),
                "--out",
                report.toString(),
                "--sign",
                dir.resolve("k.key").toString()));
        ReportFixtures.measurements(dir, "v", 6.0, 1).forEach(m -> args.addAll(List.of("--measurement", m.toString())));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    /** Exit 2, one line, no Java class name, and the expected words. */
    static CliRun assertOneSentence(String expected, String... args) {
        CliRun run = CliRun.of(args);
        String what = String.join(" ", args);
        assertThat(run.exitCode()).as(what + "\n" + run.err()).isEqualTo(Main.BAD_INPUT);
        // picocli's usage errors add a pointer to --help on a line of its own
        assertThat(run.err().strip().replaceFirst("\\RRun '[^']*--help' for usage\\.$", ""))
                .as(what)
                .contains(expected)
                .doesNotContain("\n")
                .doesNotContain("internal error")
                .doesNotContainPattern("\\b(?:java|javax|com|org)\\.[a-z]+\\.")
                .doesNotContainPattern("[A-Z]\\w*(?:Exception|Error)\\b");
        return run;
    }

    @Test
    void aDeviceThatNeverEndsIsRefusedBeforeItIsRead() {
        assertOneSentence(
                "/dev/zero: is not a regular file", "verify", "/dev/zero", "--public-key", publicKey.toString());
        assertOneSentence("/dev/zero: is not a regular file", "verify", report.toString(), "--public-key", "/dev/zero");
        assertOneSentence("/dev/zero: is not a regular file", "check", "--budget", "/dev/zero", "--measurement", "x");
    }

    @Test
    void aFileLargerThanTheLimitOfItsKindStopsReadingAndNamesTheLimit() throws IOException {
        Path big = Files.write(dir.resolve("big.pub"), new byte[70 * 1024]);

        assertOneSentence(
                "larger than 64 KiB, the limit for a key file",
                "verify",
                report.toString(),
                "--public-key",
                big.toString());
    }

    @Test
    void aDirectoryIsNotAnInputFile() {
        assertOneSentence("is a directory", "verify", dir.toString(), "--public-key", publicKey.toString());
    }

    @Test
    void jsonNestedDeeperThanTheLimitIsRefused() throws IOException {
        Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(2000) + "]".repeat(2000));

        CliRun compared = CliRun.of("compare", "--unsigned-ok", "--profile", ReportFixtures.PROFILE, deep.toString());
        assertThat(compared.exitCode()).as(compared.err()).isZero(); // listed as not conforming, not a crash
        assertThat(compared.err()).doesNotContain("internal error");
        CliRun verdict = CliRun.of("verify", deep.toString(), "--public-key", publicKey.toString());
        assertThat(verdict.exitCode()).isEqualTo(Main.FAILURE); // verify's verdict: not a valid report
        assertThat(verdict.out()).contains("INVALID").contains("nests deeper than");
    }

    @Test
    void aNullDocumentIsRefused() throws IOException {
        Path nullDocument = Files.writeString(dir.resolve("null.json"), "null");
        Path nullBudget = Files.writeString(dir.resolve("null.yaml"), "null\n");

        assertOneSentence(
                nullDocument.toString(), "score", "--measurement", nullDocument.toString(), "--intensity", "100");
        assertOneSentence(
                nullBudget.toString(),
                "check",
                "--budget",
                nullBudget.toString(),
                "--measurement",
                nullDocument.toString());
    }

    @Test
    void aYamlErrorIsOneLineWithFileLineAndColumn() throws IOException {
        Path budget = Files.writeString(dir.resolve("b.yaml"), "grid: {region: TW\nunits: [\n");

        assertOneSentence("column", "check", "--budget", budget.toString(), "--measurement", report.toString());
    }

    @Test
    void textThatIsNotUtf8NamesItsLine() throws IOException {
        Path metadata = dir.resolve("m.yaml");
        Files.write(metadata, "software:\n  name: \u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertOneSentence(
                metadata + " line 2: byte 0xE9 is not UTF-8",
                "report",
                "--profile",
                ReportFixtures.PROFILE,
                "--metadata",
                metadata.toString(),
                "--out",
                dir.resolve("o.json").toString(),
                "--measurement",
                report.toString());
    }

    @Test
    void aKeyFileThatIsNotAsciiOrHoldsTwoKeysIsRefused() throws IOException {
        String pem = Files.readString(publicKey);
        Path two = Files.writeString(dir.resolve("two.pub"), pem + pem);
        Path latin = dir.resolve("latin.pub");
        Files.write(latin, ("\u00e9" + pem).getBytes(StandardCharsets.ISO_8859_1));

        assertOneSentence("exactly one key", "verify", report.toString(), "--public-key", two.toString());
        assertOneSentence("not ASCII", "verify", report.toString(), "--public-key", latin.toString());
    }

    @Test
    void trailingContentAfterHardwareJsonIsAnError() throws IOException {
        Path hardware = Files.writeString(dir.resolve("h.json"), "{\"cpuSockets\": 2, \"memoryGb\": 64} []");

        assertOneSentence(
                "after the hardware mapping", "embodied", "--hardware", hardware.toString(), "--time-reserved", "1h");
    }

    @Test
    void numbersAreAsciiDigitsOnly() {
        assertOneSentence("--year", "grid", "--region", "TW", "--year", "\uff12\uff10\uff12\uff13");
        assertOneSentence("--units", "score", "--energy-kwh", "1", "--intensity", "1", "--units", "0x1p3");
    }

    @Test
    void anROverflowingSciIsAnErrorNotInfinity() {
        CliRun run =
                assertOneSentence("overflows", "score", "--energy-kwh", "1", "--intensity", "1", "--units", "4.9e-324");

        assertThat(run.out()).doesNotContain("Infinity");
    }

    @Test
    void aZeroEnergySeriesShowsIntensityAsNotApplicableNeverNaN() throws IOException {
        Path energy = Files.writeString(
                dir.resolve("e.csv"), "start,end,energy_kwh\n2024-01-01T00:00:00Z,2024-01-01T01:00:00Z,0\n");
        Path grid = Files.writeString(
                dir.resolve("g.csv"),
                "datetime,carbon_intensity\n2024-01-01T00:00:00Z,500\n2024-01-01T01:00:00Z,400\n");
        String[] args = {
            "score",
            "--energy-series",
            energy.toString(),
            "--grid-series",
            grid.toString(),
            "--grid-format",
            "csv",
            "--grid-type",
            "average",
            "--units",
            "10"
        };

        CliRun human = CliRun.of(args);
        List<String> withJson = new ArrayList<>(List.of(args));
        withJson.add("--json");
        CliRun json = CliRun.of(withJson.toArray(String[]::new));

        assertThat(human.exitCode()).as(human.err()).isZero();
        assertThat(human.out()).contains("not applicable").doesNotContain("NaN");
        assertThat(json.out()).doesNotContain("NaN");
        assertThat(json.json().get("intensity").isNull()).isTrue();
    }

    @Test
    void aTimestampBeyondTheYearsSci4jReadsIsRefused() throws IOException {
        Path energy = Files.writeString(
                dir.resolve("e.csv"), "start,end,energy_kwh\n2426-01-01T00:00:00Z,2426-01-01T01:00:00Z,1\n");
        Path grid = Files.writeString(dir.resolve("g.csv"), "datetime,carbon_intensity\n2426-01-01T00:00:00Z,500\n");

        assertOneSentence(
                "1970 to 2199",
                "score",
                "--energy-series",
                energy.toString(),
                "--grid-series",
                grid.toString(),
                "--grid-format",
                "csv",
                "--grid-type",
                "average",
                "--units",
                "10");
    }

    @Test
    void aWattTimePeriodThatWouldOverflowIsRefused() throws IOException {
        Path energy = Files.writeString(
                dir.resolve("e.csv"), "start,end,energy_kwh\n2024-02-10T00:00:00Z,2024-02-10T00:05:00Z,1\n");
        Path grid = Files.writeString(
                dir.resolve("w.json"),
                "{\"data\": [{\"point_time\": \"2024-02-10T00:00:00Z\","
                        + " \"value\": 1000.0}], \"meta\": {\"data_point_period_seconds\": 1e308, \"region\": \"X\","
                        + " \"signal_type\": \"co2_moer\", \"units\": \"lbs_co2_per_mwh\"}}");

        assertOneSentence(
                "data_point_period_seconds",
                "score",
                "--energy-series",
                energy.toString(),
                "--grid-series",
                grid.toString(),
                "--grid-format",
                "watttime",
                "--units",
                "10");
    }
}
