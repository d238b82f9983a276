package dev.sci4j.benchmarks.load;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.examples.shop.LoadDriver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One shop of a load pair and what its phases measured: the closed loop may run as one phase or as several
 * slices (CPU seconds and requests add up across slices), then one paced phase for latency. Not thread-safe:
 * one driver thread per run.
 */
final class ShopRun implements AutoCloseable {
    static final int CONCURRENCY = 2;
    static final List<String> CYCLE = LoadDriver.mix(LoadBenchmark.MIX);
    private static final int BASE_ROUNDS = 500;

    final boolean withAgent;
    private final ShopProcess shop;
    private final String cpus;
    private double closedCpuSeconds;
    private double closedSeconds;
    private long closedOk;
    private long errors;
    private LoadDriver.Result paced;

    private ShopRun(boolean withAgent, ShopProcess shop, String cpus) {
        this.withAgent = withAgent;
        this.shop = shop;
        this.cpus = cpus;
    }

    /**
     * Starts the shop pinned to {@code cpusOrNull} from its launch (a side-by-side pair, whose two starts run at once).
     *
     * @param agentJarOrNull null for the baseline
     * @param cpusOrNull a {@code taskset} CPU list, or null for no pinning
     */
    static ShopRun start(Path shopJar, Path agentJarOrNull, Path measurement, String cpusOrNull)
            throws IOException, InterruptedException {
        ShopProcess shop = ShopProcess.start(shopJar, agentJarOrNull, measurement, BASE_ROUNDS, cpusOrNull);
        return new ShopRun(agentJarOrNull != null, shop, cpusOrNull);
    }

    /**
     * Starts the shop on every core, as a service starts, and pins it to {@code cpuOrNull} once it answers: its
     * time to first response is then comparable with an unpinned run, while the load phases run on the one core.
     */
    static ShopRun startThenPin(Path shopJar, Path agentJarOrNull, Path measurement, String cpuOrNull)
            throws IOException, InterruptedException {
        // A child inherits this JVM's affinity, which is the driver's CPUs when it pinned itself: launch on all.
        String allCpus = "0-" + (Runtime.getRuntime().availableProcessors() - 1);
        ShopProcess shop = ShopProcess.start(
                shopJar, agentJarOrNull, measurement, BASE_ROUNDS, cpuOrNull == null ? null : allCpus);
        boolean pinned = cpuOrNull != null && CpuSets.pin(shop.pid(), cpuOrNull);
        return new ShopRun(agentJarOrNull != null, shop, pinned ? cpuOrNull : null);
    }

    void warm(double seconds) throws Exception {
        LoadDriver.run(shop.base, seconds, CONCURRENCY, 0, CYCLE);
    }

    /** One closed-loop phase or slice; its CPU time and requests add to the run's. */
    void closed(double seconds) throws Exception {
        double cpuBefore = shop.cpuSeconds();
        LoadDriver.Result r = LoadDriver.run(shop.base, seconds, CONCURRENCY, 0, CYCLE);
        closedCpuSeconds += shop.cpuSeconds() - cpuBefore;
        closedSeconds += r.seconds;
        closedOk += r.ok();
        errors += r.errors;
    }

    double closedThroughputPerSecond() {
        return closedOk / closedSeconds;
    }

    void paced(double ratePerSecond, double seconds) throws Exception {
        paced = LoadDriver.run(shop.base, seconds, CONCURRENCY, ratePerSecond, CYCLE);
        errors += paced.errors;
    }

    /** The run's figures; call after the paced phase. */
    ObjectNode result() throws IOException {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("withAgent", withAgent);
        if (cpus != null) {
            n.put("cpus", cpus);
        }
        n.put("throughputPerSecond", closedThroughputPerSecond());
        n.put("errors", errors);
        n.put("cpuSecondsPerRequest", closedCpuSeconds / closedOk);
        n.put("p50Millis", paced.p50Millis);
        n.put("p99Millis", paced.p99Millis);
        n.put("peakRssMegabytes", shop.peakRssMegabytes());
        n.put("firstResponseMillis", shop.firstResponseMillis);
        return n;
    }

    @Override
    public void close() throws InterruptedException {
        shop.close();
    }
}
