package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sci4j.report.ReportFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output path that cannot be written is the user's to fix: exit 2 naming the option and file, not a bug. */
class OutputFilesTest {
    @TempDir
    Path dir;

    @Test
    void aReportThatCannotBeWrittenIsBadInputNamingTheOption() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain.txt"), "x");
        Path out = notADirectory.resolve("r.json");
        List<String> args = new ArrayList<>(List.of(
                "report",
                "--profile",
                ReportFixtures.PROFILE,
                "--metadata",
                ReportFixtures.metadata(dir, "vendor").toString(),
                "--out",
                out.toString()));
        ReportFixtures.measurements(dir, "v", 6.0, 1).forEach(f -> args.addAll(List.of("--measurement", f.toString())));

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--out: " + out + " cannot be written").doesNotContain("\tat ");
        assertNamedOnce(run, out);
    }

    private List<String> reportArgs(Path out) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "report",
                "--profile",
                ReportFixtures.PROFILE,
                "--metadata",
                ReportFixtures.metadata(dir, "vendor").toString(),
                "--out",
                out.toString()));
        ReportFixtures.measurements(dir, "v", 6.0, 1).forEach(f -> args.addAll(List.of("--measurement", f.toString())));
        return args;
    }

    private static CliRun badInput(List<String> args, String expected) {
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err().strip()).contains(expected).doesNotContain("\n").doesNotContain("Exception");
        return run;
    }

    @Test
    void aDirectoryAtTheOutputPathIsRefusedAndKept() throws IOException {
        Path out = Files.createDirectory(dir.resolve("empty"));

        assertNamedOnce(badInput(reportArgs(out), "--out: " + out + " is a directory"), out);

        assertThat(out).isDirectory();
    }

    @Test
    void aFifoAtTheOutputPathIsRefusedAndKept() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo here");

        assertNamedOnce(badInput(reportArgs(fifo), "not a regular file"), fifo);

        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(fifo).exists();
    }

    @Test
    void aSymbolicLinkIsFollowedAndItsTargetReplaced() throws IOException {
        Path target = Files.writeString(dir.resolve("target.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), target);

        CliRun run = CliRun.of(reportArgs(link).toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.OK);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).contains("\"schemaVersion\"");
    }

    @Test
    void anOutputThatIsAlsoAnInputIsRefusedAndTheInputKept() throws IOException {
        List<String> args = reportArgs(dir.resolve("placeholder.json"));
        String input = args.get(args.indexOf("--measurement") + 1);
        args.set(args.indexOf("--out") + 1, input);
        String before = Files.readString(Path.of(input));

        badInput(args, "is also an input");

        assertThat(Files.readString(Path.of(input))).isEqualTo(before);
    }

    @Test
    void checkRefusesADirectoryAsItsJunitOutput() throws IOException {
        Path budget = Files.writeString(
                dir.resolve("b.yaml"),
                "grid: {region: TW, year: 2023}\nunits:\n  request:\n    maxSci: {value: 1, level: error}\n");
        Path out = Files.createDirectory(dir.resolve("junit"));
        List<String> args = new ArrayList<>(List.of("check", "--budget", budget.toString(), "--junit", out.toString()));
        ReportFixtures.measurements(dir, "c", 6.0, 1).forEach(f -> args.addAll(List.of("--measurement", f.toString())));

        assertNamedOnce(badInput(args, "--junit: " + out + " is a directory"), out);
    }

    @Test
    void compareNamesItsHtmlOutputOnceWhenItCannotBeWritten() throws IOException {
        Path report = dir.resolve("r.json");
        assertThat(CliRun.of(reportArgs(report).toArray(String[]::new)).exitCode())
                .isEqualTo(Main.OK);
        Path out = Files.createDirectory(dir.resolve("page.html"));

        CliRun run = badInput(
                List.of(
                        "compare",
                        "--profile",
                        ReportFixtures.PROFILE,
                        "--unsigned-ok",
                        "--html",
                        out.toString(),
                        report.toString()),
                "--html: " + out + " is a directory");

        assertNamedOnce(run, out);
    }

    @Test
    void checkNamesItsResultOutputOnceWhenItsDirectoryIsAFile() throws IOException {
        Path budget = Files.writeString(
                dir.resolve("b.yaml"),
                "grid: {region: TW, year: 2023}\nunits:\n  request:\n    maxSci: {value: 1, level: error}\n");
        Path out = Files.writeString(dir.resolve("plain"), "x").resolve("result.json");
        List<String> args =
                new ArrayList<>(List.of("check", "--budget", budget.toString(), "--result", out.toString()));
        ReportFixtures.measurements(dir, "c", 6.0, 1).forEach(f -> args.addAll(List.of("--measurement", f.toString())));

        CliRun run = badInput(args, "--result: " + out + " cannot be written: " + out.getParent() + " is a file");

        assertNamedOnce(run, out);
    }

    /** The path appears exactly once: AtomicFiles names it, and no caller adds it again. */
    private static void assertNamedOnce(CliRun run, Path file) {
        assertThat(run.err().split(java.util.regex.Pattern.quote(file.toString()), -1))
                .as(run.err())
                .hasSize(2);
    }

    @Test
    void keygenRefusesAnEmptyOrDirectoryName() throws IOException {
        Path keys = Files.createDirectory(dir.resolve("keys"));

        badInput(List.of("keygen", "--out", ""), "names no file");
        badInput(List.of("keygen", "--out", keys.toString()), "names no file");
        badInput(List.of("keygen", "--out", keys + "/"), "names no file");

        assertThat(dir.resolve(".key")).doesNotExist();
        try (var files = Files.list(keys)) {
            assertThat(files).isEmpty();
        }
    }
}
