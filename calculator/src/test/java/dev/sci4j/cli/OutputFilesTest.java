package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(run.err()).contains("--out " + out + ": cannot be written").doesNotContain("\tat ");
    }
}
