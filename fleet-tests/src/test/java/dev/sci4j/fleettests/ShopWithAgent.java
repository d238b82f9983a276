package dev.sci4j.fleettests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One JVM running the sample shop with the sci4j agent: model energy source, 1 s interval, its own measurement
 * file and Prometheus port. Stopping it sends SIGTERM so the agent's shutdown hook writes the final file. Not
 * thread-safe.
 */
final class ShopWithAgent implements AutoCloseable {
    final int shopPort;
    final int metricsPort;
    final Path measurement;
    private final Process process;
    private final Path log;

    private ShopWithAgent(Process process, int shopPort, int metricsPort, Path measurement, Path log) {
        this.process = process;
        this.shopPort = shopPort;
        this.metricsPort = metricsPort;
        this.measurement = measurement;
        this.log = log;
    }

    static ShopWithAgent start(Path agentJar, Path shopJar, Path dir, String name)
            throws IOException, InterruptedException {
        int shopPort = Ports.free();
        int metricsPort = Ports.free();
        Path measurement = dir.resolve(name + ".json");
        Path log = dir.resolve(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String agent = "-javaagent:" + agentJar + "=output=" + measurement
                + ";interval=1s;energy.source=model;prometheus.port=" + metricsPort;
        Process process = new ProcessBuilder(
                        List.of(java, "-Xmx256m", agent, "-jar", shopJar.toString(), String.valueOf(shopPort)))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ShopWithAgent shop = new ShopWithAgent(process, shopPort, metricsPort, measurement, log);
        if (!Ports.awaitOpen(shopPort, Duration.ofSeconds(20))
                || !Ports.awaitOpen(metricsPort, Duration.ofSeconds(20))) {
            shop.close();
            throw new IllegalStateException(name + " did not start; its log:\n" + Files.readString(log));
        }
        return shop;
    }

    /** SIGTERM, then wait: the agent takes its last sample and writes the file in its shutdown hook. */
    void stop() throws InterruptedException, IOException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("the shop did not stop on SIGTERM; its log:\n" + Files.readString(log));
        }
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }
}
