package dev.sci4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sci4j.input.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

/**
 * One demo run in child JVMs: an example service ({@link DemoExample}) with the agent (its own port, chosen by
 * the OS, on loopback), then its load driver against it, then a clean stop (SIGTERM: the agent's shutdown hook
 * writes the final file). The child JVMs are always stopped, even when something fails.
 */
final class DemoRun {
    private static final long START_TIMEOUT_SECONDS = 60;
    /**
     * SHA-256 rounds of the cheapest endpoint. Ten times the shop's default, so the 1:4:16 work dominates the
     * fixed CPU every request costs (HTTP handling, response, about 1 ms here) and the endpoints' energy per
     * request shows their designed ratio.
     */
    static final int BASE_ROUNDS = 20_000;
    /** Requests per cycle: cheap endpoints more often, so each gets a comparable share of the load. */
    static final String MIX = "search=8,product=4,checkout=1";

    private DemoRun() {}

    /** @return the load driver's JSON result */
    static JsonNode run(
            DemoExample example,
            Path agent,
            Path jar,
            Path measurement,
            Duration load,
            int concurrency,
            PrintWriter err)
            throws IOException, InterruptedException {
        Files.deleteIfExists(measurement);
        Path log = Files.createTempFile("sci4j-demo-" + example.name(), ".log");
        List<String> command = new ArrayList<>(List.of(
                java(),
                "-javaagent:" + agent + "=output=" + measurement + ";interval=500ms;output.write.intervals=4"
                        + example.agentOptions(),
                "-jar",
                jar.toString()));
        command.addAll(example.serverArgs());
        Process server = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            String base = awaitListening(example, server, log);
            err.println("sci4j demo: " + example.name() + " at " + base + " (log " + log + "); driving load ...");
            JsonNode result = drive(example, jar, base, load, concurrency);
            stop(server, log);
            if (!Files.isRegularFile(measurement)) {
                throw new IllegalStateException("the agent wrote no measurement file " + measurement
                        + "; service log:\n" + Files.readString(log));
            }
            return result;
        } finally {
            server.destroyForcibly();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String awaitListening(DemoExample example, Process server, Path log)
            throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
        while (System.nanoTime() < end) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            Matcher m = example.listening().matcher(text);
            if (m.find() && text.contains("[sci4j] started")) {
                return m.group(1);
            }
            if (text.contains("[sci4j] agent disabled") || !server.isAlive()) {
                throw new IllegalStateException("the " + example.name() + " or the agent did not start:\n" + text);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the " + example.name() + " did not start within " + START_TIMEOUT_SECONDS
                + " s:\n" + Files.readString(log, StandardCharsets.UTF_8));
    }

    private static JsonNode drive(DemoExample example, Path jar, String base, Duration load, int concurrency)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", jar.toString(), example.driverClass()));
        command.addAll(example.driverArgs(base, load.toMillis() / 1000.0, concurrency));
        Process driver = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String line;
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(driver.getInputStream(), StandardCharsets.UTF_8))) {
            line = r.readLine();
        }
        if (!driver.waitFor(load.toSeconds() + 60, TimeUnit.SECONDS) || driver.exitValue() != 0 || line == null) {
            driver.destroyForcibly();
            throw new IllegalStateException("the load driver failed");
        }
        JsonNode result = JsonOutput.MAPPER.readTree(line);
        if (result.path("ok").asLong() == 0) {
            throw new InvalidInputException("no request succeeded during the demo: " + line);
        }
        return result;
    }

    /** SIGTERM, so the agent's shutdown hook writes the final measurement; a forced kill only after 20 s. */
    private static void stop(Process server, Path log) throws InterruptedException {
        server.destroy();
        if (!server.waitFor(20, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }
}
