package dev.sci4j.benchmarks.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The example shop in a child JVM, with or without the agent, and what /proc says about it. */
final class ShopProcess implements AutoCloseable {
    /** Linux reports utime/stime in clock ticks of 1/100 s on every architecture the JDK supports. */
    private static final double SECONDS_PER_TICK = 0.01;

    private final Process process;
    final URI base;
    /** From launching the JVM to the first successful response, milliseconds. */
    final double firstResponseMillis;

    private ShopProcess(Process process, URI base, double firstResponseMillis) {
        this.process = process;
        this.base = base;
        this.firstResponseMillis = firstResponseMillis;
    }

    /** @param cpusOrNull a {@code taskset -c} CPU list the shop is pinned to, or null for no pinning */
    static ShopProcess start(Path shopJar, Path agentJarOrNull, Path measurementFile, int baseRounds, String cpusOrNull)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (cpusOrNull != null) {
            cmd.addAll(List.of("taskset", "-c", cpusOrNull)); // taskset execs the JVM: same pid for /proc
        }
        cmd.addAll(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms256m", "-Xmx256m"));
        if (agentJarOrNull != null) {
            cmd.add("-javaagent:" + agentJarOrNull + "=output=" + measurementFile + ";interval=1s");
        }
        cmd.addAll(List.of("-jar", shopJar.toString(), "0", Integer.toString(baseRounds)));
        long launched = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        URI base = null;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("shop listening on ")) {
                base = URI.create(line.substring("shop listening on ".length()).trim());
                break;
            }
        }
        if (base == null) {
            p.destroyForcibly();
            throw new IOException("the shop did not start: " + cmd);
        }
        drain(out);
        waitForHealth(base);
        return new ShopProcess(p, base, (System.nanoTime() - launched) / 1e6);
    }

    /** Keeps reading the child's output so a full pipe never blocks it. */
    private static void drain(BufferedReader out) {
        Thread t = new Thread(
                () -> {
                    try {
                        while (out.readLine() != null) {
                            // discarded: the agent's start line and nothing else is expected
                        }
                    } catch (IOException ignored) {
                        // the process ended
                    }
                },
                "shop-output");
        t.setDaemon(true);
        t.start();
    }

    private static void waitForHealth(URI base) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                HttpURLConnection c =
                        (HttpURLConnection) base.resolve("/health").toURL().openConnection();
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(5);
            }
        }
        throw new IOException("the shop at " + base + " did not answer within 30 s");
    }

    long pid() {
        return process.pid();
    }

    /** User + system CPU seconds of the child so far. */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * SECONDS_PER_TICK;
    }

    /** Peak resident set size (VmHWM), megabytes. */
    double peakRssMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
