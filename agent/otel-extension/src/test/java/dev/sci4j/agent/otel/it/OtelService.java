package dev.sci4j.agent.otel.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A test service running in a child JVM under the real OpenTelemetry Java agent with the sci4j extension, every
 * OpenTelemetry exporter off. The service prints {@code listening PORT} once it serves (or another ready line);
 * {@link #start} waits for that line and for the extension's Prometheus endpoint, {@link #command} writes to the
 * service's standard input, {@link #stop} stops the JVM with SIGTERM (the shutdown hook writes the final
 * measurement file) and reads what it left. Not thread-safe: one test thread.
 */
final class OtelService {
    static final Path OTEL_AGENT = Path.of(System.getProperty("sci4j.it.otelAgentJar"));
    static final Path EXTENSION = Path.of(System.getProperty("sci4j.it.extensionJar"));
    static final Path TEST_CLASSES = Path.of(System.getProperty("sci4j.it.testClasses"));
    static final Path WORK = Path.of(System.getProperty("sci4j.it.workDir"));

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Pattern LISTENING = Pattern.compile("listening (\\d+)");
    private static final Pattern PROMETHEUS = Pattern.compile(".*Prometheus metrics on (http://\\S+/metrics).*");

    private final Process process;
    private final Path log;
    private final Path output;
    private final int port;
    /** The ready line's groups, 1 to n. */
    private final List<String> readyGroups = new ArrayList<>();

    private final URL metrics;
    private final double startSeconds;

    private OtelService(Process process, Path log, Path output, long startNanos, Pattern ready)
            throws IOException, InterruptedException {
        this.process = process;
        this.log = log;
        this.output = output;
        try {
            Matcher readyLine = await(ready);
            this.port = readyLine.groupCount() > 0 ? Integer.parseInt(readyLine.group(1)) : -1;
            for (int g = 1; g <= readyLine.groupCount(); g++) {
                readyGroups.add(readyLine.group(g));
            }
            this.metrics = URI.create(await(PROMETHEUS).group(1)).toURL();
            this.startSeconds = (System.nanoTime() - startNanos) / 1e9;
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /**
     * Starts {@code main} on {@code javaHome}'s {@code java} with the test classes and the jars of {@code libs} (a
     * directory, or null for none) on its class path, and waits until it serves.
     */
    static OtelService start(String name, Path javaHome, Path libs, Class<?> main)
            throws IOException, InterruptedException {
        return start(name, javaHome, libs, main, LISTENING);
    }

    /**
     * Starts {@code main} as {@link #start(String, Path, Path, Class)} does and waits until it prints a line matching
     * {@code ready} (its first group, if any, is the port it listens on) and the extension's endpoint is up.
     */
    static OtelService start(String name, Path javaHome, Path libs, Class<?> main, Pattern ready)
            throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        Path output = WORK.resolve(name + "-measurement.json");
        Path log = WORK.resolve(name + "-service.log");
        Files.deleteIfExists(output);
        long startNanos = System.nanoTime();
        Process process = new ProcessBuilder(
                        javaHome.resolve("bin").resolve("java").toString(),
                        "-javaagent:" + OTEL_AGENT,
                        "-Dotel.javaagent.extensions=" + EXTENSION,
                        "-Dotel.traces.exporter=none",
                        "-Dotel.metrics.exporter=none",
                        "-Dotel.logs.exporter=none",
                        "-Dsci4j.output=" + output,
                        "-Dsci4j.interval=500ms",
                        "-Dsci4j.output.write.intervals=1",
                        "-Dsci4j.prometheus.port=0",
                        "-cp",
                        classPath(libs),
                        main.getName())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new OtelService(process, log, output, startNanos, ready);
    }

    /** The port the service listens on, on 127.0.0.1 (−1 for a service that listens on none). */
    int port() {
        return port;
    }

    /** Group {@code group} (from 1) of the ready line {@link #start} waited for. */
    String readyGroup(int group) {
        return readyGroups.get(group - 1);
    }

    /** Sends GET {@code path} to the service and returns the HTTP status. */
    int get(String path) throws IOException {
        return get(port, path);
    }

    /** Sends GET {@code path} to the service's port {@code port} (one it listens on too) and returns the status. */
    int get(int port, String path) throws IOException {
        return status(URI.create("http://127.0.0.1:" + port + path).toURL());
    }

    /** Writes {@code line} to the service's standard input and waits until it prints a line matching {@code done}. */
    void command(String line, Pattern done) throws IOException, InterruptedException {
        OutputStream in = process.getOutputStream();
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
        await(done);
    }

    /** Scrapes the extension's Prometheus endpoint (a server span that must not become a unit). */
    void scrape() throws IOException {
        assertThat(status(metrics)).as("GET %s", metrics).isEqualTo(200);
    }

    /**
     * Waits until the extension's metrics show the unit {@code unit}: a request's span may end after its response
     * reached the client (an error page is rendered first), and a stop before that would leave it uncounted.
     */
    void awaitUnit(String unit) throws IOException, InterruptedException {
        String label = "unit=\"" + unit + "\"";
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            HttpURLConnection c = (HttpURLConnection) metrics.openConnection();
            try (InputStream body = c.getInputStream()) {
                if (new String(body.readAllBytes(), StandardCharsets.UTF_8).contains(label)) {
                    return;
                }
            } finally {
                c.disconnect();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no unit " + unit + " on " + metrics + " within " + START_TIMEOUT);
    }

    /** Stops the service and returns what it left. */
    OtelRun stop() throws IOException, InterruptedException {
        process.destroy(); // SIGTERM: the shutdown hook writes the final file
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new OtelRun(Files.readString(log), output, startSeconds);
    }

    /** Stops the service if it still runs (after a failed test). */
    void kill() {
        process.destroyForcibly();
    }

    private static String classPath(Path libs) throws IOException {
        if (libs == null) {
            return TEST_CLASSES.toString();
        }
        try (Stream<Path> jars = Files.list(libs)) {
            return Stream.concat(Stream.of(TEST_CLASSES), jars.sorted())
                    .map(Path::toString)
                    .collect(Collectors.joining(File.pathSeparator));
        }
    }

    private static int status(URL url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) url.openConnection();
        try {
            int status = c.getResponseCode();
            try (InputStream body = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                if (body != null) {
                    body.readAllBytes();
                }
            }
            return status;
        } finally {
            c.disconnect();
        }
    }

    private Matcher await(Pattern pattern) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                for (String line : lines) {
                    Matcher m = pattern.matcher(line);
                    if (m.matches()) {
                        return m;
                    }
                }
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no line matching " + pattern + " in " + log + ":\n" + Files.readString(log));
    }
}
