package dev.sci4j.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.examples.shop.LoadDriver;
import dev.sci4j.measurement.IntervalSample;
import dev.sci4j.measurement.MeasurementJson;
import dev.sci4j.rules.json.JsonMappers;
import dev.sci4j.rules.json.JsonStrictness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The example shop under a fixed loopback load, without and with the agent, in interleaved runs (baseline,
 * agent, baseline, agent, …) so drift on the machine hits both alike. Each run: warm-up, a closed-loop phase
 * for throughput, then a paced phase at half the first baseline's throughput for p50/p99 latency (measured from
 * each request's intended start). Also CPU seconds per request, peak RSS, time to first response, and the
 * sampler thread's CPU share as the agent itself recorded it ({@code samplerCpuSeconds}, after its first two windows).
 * The warm-up is long enough for the JIT to settle (the shop's C2 compilations run for ~20 s on 2 cores);
 * with a short one the runs measure compilation, and ±15 % run-to-run swings swamp a few per cent of overhead.
 * <p>On a machine with 4 or more cores (and {@code taskset}), a pair runs <em>side by side</em> instead: baseline
 * and agent shops at the same time, each pinned to its own CPU set, and the load driver (this JVM) pinned to the
 * rest, so the two compete for nothing but memory bandwidth and both see the same seconds of machine noise; the
 * shops swap CPU sets from pair to pair. On fewer cores the runs are interleaved as above.
 * Usage: {@code LoadBenchmark SHOP_JAR AGENT_JAR OUT_JSON PAIRS PHASE_SECONDS WARMUP_SECONDS}. Writes a JSON
 * summary.
 */
public final class LoadBenchmark {
    private static final ObjectMapper MAPPER = JsonMappers.json(JsonStrictness.LENIENT);
    private static final int BASE_ROUNDS = 500;
    private static final int CONCURRENCY = 2;
    private static final String MIX = "search=6,product=3,checkout=1";
    /** Windows of a run that hold the agent's one-time start-up work, left out of the live sampler share. */
    private static final int START_UP_WINDOWS = 2;

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path shopJar = Path.of(args[0]);
        Path agentJar = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int pairs = Integer.parseInt(args[3]);
        double phaseSeconds = Double.parseDouble(args[4]);
        double warmupSeconds = Double.parseDouble(args[5]);
        Path work = Files.createDirectories(out.toAbsolutePath().getParent().resolve("load-work"));

        List<ObjectNode> baseline = new ArrayList<>();
        List<ObjectNode> agent = new ArrayList<>();
        CpuSets sets = CpuSets.forThisMachine();
        double[] rate = {0};
        for (int pair = 0; pair < pairs; pair++) {
            Path bFile = work.resolve("baseline-" + pair + ".json");
            Path aFile = work.resolve("agent-" + pair + ".json");
            if (sets != null) {
                // Pairs swap the two service CPU sets, so a difference between the sets cancels out.
                String bCpus = pair % 2 == 0 ? sets.first : sets.second;
                String aCpus = pair % 2 == 0 ? sets.second : sets.first;
                ObjectNode[] both =
                        sideBySide(shopJar, agentJar, bFile, aFile, bCpus, aCpus, warmupSeconds, phaseSeconds, rate);
                baseline.add(both[0]);
                agent.add(both[1]);
            } else {
                ObjectNode b = run(shopJar, null, bFile, null, warmupSeconds, phaseSeconds, rate, null);
                baseline.add(b);
                agent.add(run(shopJar, agentJar, aFile, null, warmupSeconds, phaseSeconds, rate, null));
            }
            System.err.printf(
                    java.util.Locale.ROOT,
                    "pair %d: baseline %.0f req/s p99 %.2f ms %.0f µs CPU/req, agent %.0f req/s p99 %.2f ms %.0f µs"
                            + " CPU/req%n",
                    pair + 1,
                    baseline.get(pair).get("throughputPerSecond").asDouble(),
                    baseline.get(pair).get("p99Millis").asDouble(),
                    baseline.get(pair).get("cpuSecondsPerRequest").asDouble() * 1e6,
                    agent.get(pair).get("throughputPerSecond").asDouble(),
                    agent.get(pair).get("p99Millis").asDouble(),
                    agent.get(pair).get("cpuSecondsPerRequest").asDouble() * 1e6);
        }
        ObjectNode result = MAPPER.createObjectNode();
        result.put("pairs", pairs);
        result.put("design", sets == null ? "interleaved" : "side by side, pinned: " + sets);
        result.put("phaseSeconds", phaseSeconds);
        result.put("warmupSeconds", warmupSeconds);
        result.put("pacedRatePerSecond", rate[0]);
        result.put("mix", MIX);
        result.put("concurrency", CONCURRENCY);
        ArrayNode b = result.putArray("baseline");
        baseline.forEach(b::add);
        ArrayNode a = result.putArray("agent");
        agent.forEach(a::add);
        for (String metric : List.of(
                "throughputPerSecond",
                "p50Millis",
                "p99Millis",
                "cpuSecondsPerRequest",
                "peakRssMegabytes",
                "firstResponseMillis")) {
            result.put(metric + "Baseline", median(baseline, metric));
            result.put(metric + "Agent", median(agent, metric));
        }
        result.put("samplerCpuFractionLive", median(agent, "samplerCpuFractionLive"));
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), "load", ".tmp");
        MAPPER.writeValue(tmp.toFile(), result);
        Files.move(
                tmp,
                out,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Baseline and agent at the same time on their own CPU sets; returns {baseline, agent}. */
    private static ObjectNode[] sideBySide(
            Path shopJar,
            Path agentJar,
            Path bFile,
            Path aFile,
            String bCpus,
            String aCpus,
            double warmupSeconds,
            double seconds,
            double[] rate)
            throws Exception {
        InStep phase = new InStep(2, Duration.ofMinutes(10));
        List<ObjectNode> both = phase.runTogether(List.of(
                () -> run(shopJar, null, bFile, bCpus, warmupSeconds, seconds, rate, phase),
                () -> run(shopJar, agentJar, aFile, aCpus, warmupSeconds, seconds, rate, phase)));
        return both.toArray(new ObjectNode[0]);
    }

    /**
     * One shop run. {@code rate} holds the paced rate, set from the first baseline's closed loop; {@code phase},
     * when not null, keeps two side-by-side runs in step (after start, warm-up and the closed loop).
     */
    private static ObjectNode run(
            Path shopJar,
            Path agentJar,
            Path measurement,
            String cpus,
            double warmupSeconds,
            double seconds,
            double[] rate,
            InStep phase)
            throws Exception {
        ObjectNode n = MAPPER.createObjectNode();
        try (ShopProcess shop = ShopProcess.start(shopJar, agentJar, measurement, BASE_ROUNDS, cpus)) {
            List<String> cycle = LoadDriver.mix(MIX);
            await(phase);
            LoadDriver.run(shop.base, warmupSeconds, CONCURRENCY, 0, cycle);
            await(phase);
            double cpuBefore = shop.cpuSeconds();
            LoadDriver.Result closed = LoadDriver.run(shop.base, seconds, CONCURRENCY, 0, cycle);
            double cpuAfter = shop.cpuSeconds();
            synchronized (rate) {
                if (rate[0] == 0 && agentJar == null) {
                    rate[0] = closed.throughputPerSecond() / 2;
                }
            }
            await(phase);
            LoadDriver.Result paced = LoadDriver.run(shop.base, seconds, CONCURRENCY, pacedRate(rate, closed), cycle);
            n.put("withAgent", agentJar != null);
            if (cpus != null) {
                n.put("cpus", cpus);
            }
            n.put("throughputPerSecond", closed.throughputPerSecond());
            n.put("errors", closed.errors + paced.errors);
            n.put("cpuSecondsPerRequest", (cpuAfter - cpuBefore) / closed.ok());
            n.put("p50Millis", paced.p50Millis);
            n.put("p99Millis", paced.p99Millis);
            n.put("peakRssMegabytes", shop.peakRssMegabytes());
            n.put("firstResponseMillis", shop.firstResponseMillis);
        }
        if (agentJar != null) {
            n.put("samplerCpuFractionLive", samplerCpuFraction(measurement)); // the file is final once the JVM exited
        }
        return n;
    }

    private static double pacedRate(double[] rate, LoadDriver.Result closed) {
        synchronized (rate) {
            return rate[0] > 0 ? rate[0] : closed.throughputPerSecond() / 2;
        }
    }

    private static void await(InStep phase) throws Exception {
        if (phase != null) {
            phase.await();
        }
    }

    /**
     * Σ sampler CPU / Σ window time over the agent's samples after its start-up: the first window holds the
     * first reading, the second the exporters' one-time start (the first file, which warms up JSON: ~0.5 s).
     */
    static double samplerCpuFraction(Path measurement) throws IOException {
        List<IntervalSample> samples = MeasurementJson.read(measurement).samples();
        double cpu = 0;
        double seconds = 0;
        for (IntervalSample s : samples.subList(Math.min(START_UP_WINDOWS, samples.size()), samples.size())) {
            cpu += s.samplerCpuSeconds();
            seconds += s.durationSeconds();
        }
        return seconds > 0 ? cpu / seconds : Double.NaN;
    }

    private static double median(List<ObjectNode> runs, String metric) {
        double[] values = runs.stream()
                .mapToDouble(r -> r.get(metric).asDouble())
                .sorted()
                .toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
