package dev.sci4j.cli;

import dev.sci4j.input.InvalidInputException;
import dev.sci4j.measurement.AtomicFiles;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Prints an HTML page to an A4 PDF with a headless Chromium-family browser (Chromium, Chrome or Edge: the page's
 * {@code @page} rule sets A4), so sci4j itself needs no PDF library. The browser is {@code SCI4J_CHROMIUM} when
 * set, else the first of the usual names on the {@code PATH} or Windows' usual install folders. Stateless.
 */
final class PdfPrinter {
    static final String BROWSER_VARIABLE = "SCI4J_CHROMIUM";
    private static final List<String> NAMES =
            List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "msedge");
    private static final List<String> WINDOWS = List.of(
            "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
            "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
            "C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe");
    private static final long TIMEOUT_SECONDS = 120;

    private PdfPrinter() {}

    /** Writes {@code html} as a PDF to {@code pdf} (atomically: a browser that fails leaves no partial file). */
    static void print(String html, Path pdf) throws IOException {
        Path browser = browser()
                .orElseThrow(() -> new InvalidInputException("--pdf needs Chromium, Chrome or Edge to print the page:"
                        + " install one, or set " + BROWSER_VARIABLE + " to its program file"));
        Path work = Files.createTempDirectory("sci4j-pdf");
        try {
            Path page = Files.writeString(work.resolve("page.html"), html, StandardCharsets.UTF_8);
            Path out = work.resolve("page.pdf");
            List<String> cmd = new ArrayList<>(List.of(
                    browser.toString(),
                    "--headless",
                    "--disable-gpu",
                    "--no-sandbox", // the page is sci4j's own, without scripts; root in containers needs it
                    "--no-first-run",
                    "--disable-background-networking",
                    "--user-data-dir=" + work.resolve("profile"),
                    "--no-pdf-header-footer",
                    "--print-to-pdf=" + out,
                    page.toUri().toString()));
            Process p = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("browser.log").toFile())
                    .start();
            boolean done;
            try {
                done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while " + browser + " printed the PDF", e);
            }
            if (!done) {
                p.destroyForcibly();
                throw new IOException(browser + " did not print the PDF within " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(out) || Files.size(out) == 0) {
                throw new IOException(browser + " could not print the PDF (exit " + p.exitValue() + "): "
                        + tail(work.resolve("browser.log")));
            }
            AtomicFiles.write(pdf, Files.readAllBytes(out));
        } finally {
            deleteTree(work);
        }
    }

    static Optional<Path> browser() {
        String set = System.getenv(BROWSER_VARIABLE);
        if (set != null && !set.isBlank()) {
            return Optional.of(Path.of(set));
        }
        String path = System.getenv("PATH");
        for (String name : NAMES) {
            for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
                for (String candidate : List.of(name, name + ".exe")) {
                    Path p = Path.of(dir, candidate);
                    if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                        return Optional.of(p);
                    }
                }
            }
        }
        return WINDOWS.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    private static String tail(Path log) throws IOException {
        String text = Files.isRegularFile(log) ? Files.readString(log) : "";
        return text.length() > 600 ? text.substring(text.length() - 600) : text;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
