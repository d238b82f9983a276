package dev.sci4j.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * The example shop under a fixed loopback load, without and with the agent, in pairs. Each run: warm-up, a
 * closed-loop phase for throughput, then a paced phase at half the first baseline's throughput for p50/p99 latency
 * (measured from each request's intended start). Also CPU seconds per request, peak RSS, time to first response,
 * and the sampler thread's CPU share as the agent itself recorded it ({@code samplerCpuSeconds}, after its first
 * two windows). The warm-up is long enough for the JIT to settle (the shop's C2 compilations run for ~20 s on 2
 * cores); with a short one the runs measure compilation, and ±15 % run-to-run swings swamp a few per cent of
 * overhead.
 * <p>On a machine with 4 or more cores (and {@code taskset}), a pair runs <em>side by side</em>: baseline and agent
 * shops at the same time, each pinned to its own CPU set, and the load driver (this JVM) pinned to the rest, so
 * the two compete for nothing but memory bandwidth and both see the same seconds of machine noise; the shops swap
 * CPU sets from pair to pair.
 * <p>On fewer cores a pair is <em>interleaved</em>: both shops are started (one after the other) and warmed, then
 * the closed loop alternates between them in slices of about {@value #SLICE_SECONDS} s in the order ABBA ABBA …,
 * so the machine's drift — on a shared VM, CPU per request swings ±10 % from one 5 s window to the next — falls on
 * both alike; each shop's CPU seconds and requests add up over its slices. Which shop starts and leads
 * alternates from pair to pair. Where {@code taskset} can pin, both shops share the last core once they have
 * started (each starts on every core, so its time to first response is a normal start's) and the driver gets the
 * others, so the driver's own work never lands on the measured core.
 * Usage: {@code LoadBenchmark SHOP_JAR AGENT_JAR OUT_JSON PAIRS PHASE_SECONDS WARMUP_SECONDS}. Writes a JSON
 * summary.
 */
public final class LoadBenchmark {
    private static final ObjectMapper MAPPER = JsonMappers.json(JsonStrictness.LENIENT);
    static final String MIX = "search=6,product=3,checkout=1";
    /** An interleaved pair's closed loop alternates between the shops in slices of about this long. */
    static final double SLICE_SECONDS = 3;
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
        String sharedCpu = sets == null ? CpuSets.interleavedServiceCpu() : null;
        double[] rate = {0};
        for (int pair = 0; pair < pairs; pair++) {
            Path bFile = work.resolve("baseline-" + pair + ".json");
            Path aFile = work.resolve("agent-" + pair + ".json");
            ObjectNode[] both;
            if (sets != null) {
                // Pairs swap the two service CPU sets, so a difference between the sets cancels out.
                String bCpus = pair % 2 == 0 ? sets.first : sets.second;
                String aCpus = pair % 2 == 0 ? sets.second : sets.first;
                both = sideBySide(shopJar, agentJar, bFile, aFile, bCpus, aCpus, warmupSeconds, phaseSeconds, rate);
            } else {
                both = interleaved(
                        shopJar, agentJar, bFile, aFile, sharedCpu, pair % 2 == 1, warmupSeconds, phaseSeconds, rate);
            }
            baseline.add(both[0]);
            agent.add(both[1]);
            System.err.printf(
                    java.util.Locale.ROOT,
                    "pair %d: baseline %.0f req/s p99 %.2f ms %.0f µs CPU/req, agent %.0f req/s p99 %.2f ms %.0f µs"
                            + " CPU/req%n",
                    pair + 1,
                    both[0].get("throughputPerSecond").asDouble(),
                    both[0].get("p99Millis").asDouble(),
                    both[0].get("cpuSecondsPerRequest").asDouble() * 1e6,
                    both[1].get("throughputPerSecond").asDouble(),
                    both[1].get("p99Millis").asDouble(),
                    both[1].get("cpuSecondsPerRequest").asDouble() * 1e6);
        }
        ObjectNode result = MAPPER.createObjectNode();
        result.put("pairs", pairs);
        result.put("design", design(sets, sharedCpu));
        result.put("phaseSeconds", phaseSeconds);
        result.put("warmupSeconds", warmupSeconds);
        result.put("pacedRatePerSecond", rate[0]);
        result.put("mix", MIX);
        result.put("concurrency", ShopRun.CONCURRENCY);
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

    private static String design(CpuSets sets, String sharedCpu) {
        if (sets != null) {
            return "side by side, pinned: " + sets;
        }
        return "interleaved, closed loop in alternating slices of ~" + SLICE_SECONDS + " s (ABBA), "
                + (sharedCpu == null
                        ? "not pinned"
                        : "both services on CPU " + sharedCpu + ", load driver on the rest");
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

    /** One shop run of a side-by-side pair; {@code phase} keeps the two in step between phases. */
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
        ObjectNode n;
        try (ShopRun shop = ShopRun.start(shopJar, agentJar, measurement, cpus)) {
            phase.await();
            shop.warm(warmupSeconds);
            phase.await();
            shop.closed(seconds);
            if (agentJar == null) {
                setRateOnce(rate, shop);
            }
            phase.await();
            shop.paced(pacedRate(rate, shop), seconds);
            n = shop.result();
        }
        return withSamplerShare(n, agentJar, measurement);
    }

    /**
     * Both shops alive on the same CPU (or unpinned), warmed one after the other, the closed loop in alternating
     * slices (ABBA …), then each shop's paced phase in turn; returns {baseline, agent}.
     */
    private static ObjectNode[] interleaved(
            Path shopJar,
            Path agentJar,
            Path bFile,
            Path aFile,
            String cpu,
            boolean agentLeads,
            double warmupSeconds,
            double seconds,
            double[] rate)
            throws Exception {
        ObjectNode b;
        ObjectNode a;
        // Started one at a time, so each start (and its first-response time) sees an otherwise idle machine.
        try (ShopRun first =
                        ShopRun.startThenPin(shopJar, agentLeads ? agentJar : null, agentLeads ? aFile : bFile, cpu);
                ShopRun second =
                        ShopRun.startThenPin(shopJar, agentLeads ? null : agentJar, agentLeads ? bFile : aFile, cpu)) {
            List<ShopRun> order = List.of(first, second);
            for (ShopRun s : order) {
                s.warm(warmupSeconds);
            }
            int slices = Math.max(2, (int) Math.round(seconds / SLICE_SECONDS));
            for (int i = 0; i < 2 * slices; i++) {
                order.get(sliceRunner(i)).closed(seconds / slices);
            }
            ShopRun baselineRun = agentLeads ? second : first;
            setRateOnce(rate, baselineRun);
            for (ShopRun s : order) {
                s.paced(pacedRate(rate, s), seconds);
            }
            b = baselineRun.result();
            a = (agentLeads ? first : second).result();
        }
        return new ObjectNode[] {b, withSamplerShare(a, agentJar, aFile)};
    }

    /** Which shop (0 = the one that leads, 1 = the other) runs closed-loop slice {@code i}: ABBA ABBA … */
    static int sliceRunner(int i) {
        return i % 4 == 0 || i % 4 == 3 ? 0 : 1;
    }

    private static void setRateOnce(double[] rate, ShopRun baseline) {
        synchronized (rate) {
            if (rate[0] == 0) {
                rate[0] = baseline.closedThroughputPerSecond() / 2;
            }
        }
    }

    private static double pacedRate(double[] rate, ShopRun shop) {
        synchronized (rate) {
            return rate[0] > 0 ? rate[0] : shop.closedThroughputPerSecond() / 2;
        }
    }

    /** Adds the agent run's live sampler share; the measurement file is final once its JVM has exited. */
    private static ObjectNode withSamplerShare(ObjectNode n, Path agentJar, Path measurement) throws IOException {
        if (agentJar != null) {
            n.put("samplerCpuFractionLive", samplerCpuFraction(measurement));
        }
        return n;
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
