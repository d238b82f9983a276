package dev.sci4j.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.i18n.Language;
import dev.sci4j.i18n.Messages;
import dev.sci4j.profile.Profiles;
import dev.sci4j.report.ReportBuilder;
import dev.sci4j.report.ReportFixtures;
import dev.sci4j.report.ReportJson;
import dev.sci4j.report.ReportMetadata;
import dev.sci4j.report.SciReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the zh-TW comparison page in a real headless Chromium (Debian package {@code chromium}): it must load
 * with no console errors, and a screenshot is taken. Without Chromium the test is skipped, unless the
 * environment variable {@code CI} is set, where a missing browser is a failure.
 */
class ComparisonPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    Path page;

    @BeforeEach
    void writePage() throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            if (System.getenv("CI") != null) {
                throw new AssertionError("CI is set but " + CHROMIUM + " is missing: install it with"
                        + " 'apt-get install -y chromium fonts-noto-cjk' (see .ci/run)");
            }
            Assumptions.abort("headless browser test skipped: " + CHROMIUM
                    + " not found (apt-get install -y chromium fonts-noto-cjk)");
        }
        List<Path> reports = new ArrayList<>();
        for (String[] v : new String[][] {{"甲資訊股份有限公司", "6.0"}, {"乙系統整合公司", "6.3"}, {"丙數位公司", "9.0"}}) {
            SciReport r = ReportBuilder.build(
                    ReportFixtures.measurements(dir, "m" + reports.size(), Double.parseDouble(v[1]), reports.size()),
                    Profiles.load(ReportFixtures.PROFILE),
                    ReportMetadata.read(ReportFixtures.metadata(dir, v[0])),
                    null,
                    "test",
                    Instant.now());
            Path file = dir.resolve("r" + reports.size() + ".json");
            ReportJson.writeAtomically(ReportJson.text(ReportJson.toTree(r, null)), file);
            reports.add(file);
        }
        Path bad = Files.writeString(
                dir.resolve("bad.json"),
                Files.readString(reports.get(0)).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 9"));
        reports.add(bad);
        Comparison c = VendorComparison.compare(
                Profiles.load(ReportFixtures.PROFILE), reports, VendorKeys.none(), Instant.now());
        page = dir.resolve("compare.html");
        Files.writeString(page, ComparisonPage.render(c, Messages.of(Language.ZH_TW)), StandardCharsets.UTF_8);
    }

    @Test
    void thePageLoadsWithoutConsoleErrorsAndIsScreenshotted() throws Exception {
        Path shot = dir.resolve("compare.png");
        Result run = chromium(
                "--screenshot=" + shot, "--window-size=1280,900", page.toUri().toString());

        assertThat(run.exit).as(run.stderr).isZero();
        assertThat(run.stderr).doesNotContain("Uncaught").doesNotContainPattern("(?i)CONSOLE\\(\\d+\\)");
        assertThat(shot).exists();
        byte[] png = Files.readAllBytes(shot);
        assertThat(png.length).isGreaterThan(10_000);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        Path keep = Path.of(System.getProperty("java.io.tmpdir"), "sci4j-compare-zh-TW.png");
        Files.copy(shot, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theRenderedDomKeepsLanguageHeadersAndTextAlternative() throws Exception {
        Result run = chromium("--dump-dom", page.toUri().toString());
        assertThat(run.exit).as(run.stderr).isZero();
        assertThat(run.stdout)
                .contains("<html lang=\"zh-TW\">")
                .contains("<th scope=\"col\">名次</th>")
                .contains("<title id=\"chart-title\">")
                .contains("<figcaption")
                .contains("民國");
    }

    /** Print rules applied on screen at A4's printable width (210 mm − 2 × 15 mm = 180 mm = 680 CSS px). */
    @Test
    void theA4PrintLayoutCutsNothingOff() throws Exception {
        String print = Files.readString(page).replace("@media print{", "@media all{");
        assertThat(overflowing(print, 680)).isEmpty();
    }

    @Test
    void tablesReflowOnA390PixelScreen() throws Exception {
        assertThat(overflowing(Files.readString(page), 390)).isEmpty();
    }

    /**
     * The elements whose right edge lies beyond a viewport {@code width} CSS px wide, as Chromium lays it out
     * (column headers a reflowed table keeps only for screen readers, in a 1 px box, excepted).
     */
    private String overflowing(String html, int width) throws Exception {
        String probe = "<script>addEventListener('load',()=>{const w=document.documentElement.clientWidth;"
                + "const hidden=e=>{const t=e.closest('thead');return t&&t.getBoundingClientRect().width<=1;};"
                + "const out=[...document.body.querySelectorAll('*')]"
                + ".filter(e=>!hidden(e)&&e.getBoundingClientRect().right>w+1)"
                + ".map(e=>e.tagName+(e.className&&e.className.baseVal===undefined?'.'+e.className:''));"
                + "document.body.setAttribute('data-overflow',out.join(' ')||'none');});</script>";
        Path probed =
                Files.writeString(dir.resolve("probe-" + width + ".html"), html.replace("</body>", probe + "</body>"));
        Result run = chromium(
                "--window-size=" + width + ",3000",
                "--virtual-time-budget=2000",
                "--dump-dom",
                probed.toUri().toString());
        assertThat(run.exit).as(run.stderr).isZero();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("data-overflow=\"([^\"]*)\"").matcher(run.stdout);
        assertThat(m.find())
                .as("the probe ran: " + run.stdout.length() + " chars of DOM")
                .isTrue();
        return m.group(1).equals("none") ? "" : m.group(1);
    }

    private record Result(int exit, String stdout, String stderr) {}

    private Result chromium(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile"),
                "--enable-logging=stderr",
                "--v=0"));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 90 s");
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
