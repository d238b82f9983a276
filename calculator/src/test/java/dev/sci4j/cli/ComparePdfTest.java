package dev.sci4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.report.ReportFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sci4j compare --pdf}: the comparison printed by headless Chromium on A4 paper (that nothing is cut off
 * at A4's width is checked in {@code ComparisonPageBrowserTest}). Skipped without a browser, unless {@code CI}
 * is set.
 */
class ComparePdfTest {
    @TempDir
    Path dir;

    @Test
    void theComparisonPrintsAsAnA4Pdf() throws IOException {
        if (PdfPrinter.browser().isEmpty()) {
            if (System.getenv("CI") != null) {
                throw new AssertionError("CI is set but no Chromium was found (apt-get install -y chromium)");
            }
            Assumptions.abort("PDF test skipped: no Chromium, Chrome or Edge found");
        }
        ReportVerifyCommandTest maker = new ReportVerifyCommandTest();
        maker.dir = dir;
        Path a = maker.signedReport("甲資訊", 6.0, 1, "a");
        Path b = maker.signedReport("乙資訊", 7.0, 2, "b");
        Path pdf = dir.resolve("評選.pdf");

        CliRun run = CliRun.of(
                "compare",
                "--profile",
                ReportFixtures.PROFILE,
                "--vendor-key",
                "甲資訊=" + dir.resolve("a.pub"),
                "--vendor-key",
                "乙資訊=" + dir.resolve("b.pub"),
                "--pdf",
                pdf.toString(),
                a.toString(),
                b.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-");
        Matcher box = Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]").matcher(text);
        assertThat(box.find()).as("a page size in the PDF").isTrue();
        // A4 is 210 × 297 mm = 595.3 × 841.9 points
        assertThat(Double.parseDouble(box.group(1))).isBetween(594.0, 597.0);
        assertThat(Double.parseDouble(box.group(2))).isBetween(841.0, 843.5);
    }
}
