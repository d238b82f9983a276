package dev.sci4j.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.rules.json.JsonMappers;
import dev.sci4j.rules.json.JsonStrictness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleBinaryOperator;

/**
 * Turns JMH's JSON results and the load benchmark's summary into {@code overhead.json}: every figure with its
 * unit, its target and pass/fail, plus the machine it ran on, and prints the Markdown table for BENCHMARKS.md.
 * A figure whose benchmark did not run is written with value null and a note, never guessed.
 * Usage: {@code OverheadReport JMH_JSON LOAD_JSON SHORT_JVM_JSON OUT_JSON WRITE_INTERVALS QUICK}.
 */
public final class OverheadReport {
    /** Lenient: it reads JMH's output, whose format is JMH's. */
    private static final ObjectMapper MAPPER = JsonMappers.json(JsonStrictness.LENIENT);

    private static final String PLAIN = ".UnitBoundaryBenchmark";
    private static final String AGENT = ".UnitBoundaryWithAgentBenchmark";
    private static final String HTTP_PLAIN = ".HttpRequestBenchmark.request";
    private static final String HTTP_AGENT = ".HttpRequestWithAgentBenchmark.request";
    /** The servers {@code HttpRequestBenchmark} runs; a figure is judged on the worse of them. */
    private static final String[] HTTP_SERVERS = {"jdk", "jetty"};

    private OverheadReport() {}

    public static void main(String[] args) throws IOException {
        JsonNode jmh = MAPPER.readTree(Path.of(args[0]).toFile());
        JsonNode load = MAPPER.readTree(Path.of(args[1]).toFile());
        JsonNode shortJvm = MAPPER.readTree(Path.of(args[2]).toFile());
        Path out = Path.of(args[3]);
        int writeIntervals = Integer.parseInt(args[4]);
        boolean quick = Boolean.parseBoolean(args[5]);

        ObjectNode report = MAPPER.createObjectNode();
        report.put("generatedAt", Instant.now().toString());
        report.put("quick", quick);
        report.set("machine", machine());
        Figures f = new Figures(report);

        f.add(
                "perUnitOverheadNs",
                difference(jmh, AGENT + ".record", PLAIN + ".record", "primary"),
                "ns per unit",
                20,
                true,
                "counting one unit (FunctionalUnits.record): forks with the agent minus forks without, JMH");
        // Allocation is whole objects: JMH's fractions (e.g. 0.0004 B/op) are background allocation amortised
        // over billions of operations, so the figure is judged rounded to whole bytes.
        Double alloc = difference(jmh, AGENT + ".record", PLAIN + ".record", "gc.alloc.rate.norm");
        f.add(
                "perUnitAllocBytes",
                alloc == null ? null : (double) Math.round(alloc),
                "bytes per unit",
                0,
                true,
                "JMH -prof gc, bytes allocated per counted unit, with minus without the agent, rounded to whole bytes");
        f.add(
                "attributionOverheadNs",
                difference(jmh, AGENT + ".annotatedUnit", PLAIN + ".annotatedUnit", "primary"),
                "ns per unit",
                1000,
                true,
                "a @FunctionalUnit method counted with its thread CPU time (units.cpu.sampling=adaptive,"
                        + " the default), with minus without the agent");
        Double httpNs = worstHttp(jmh, report, "httpRequestOverheadNsByServer", "primary");
        f.addWithin(
                "httpRequestOverheadNs",
                httpNs,
                httpNs == null ? null : worstHttpInterval(jmh),
                "ns per request",
                1000,
                true,
                "one whole HTTP request on loopback (JDK HttpServer with a worker pool; Jetty 12 with one servlet),"
                        + " forks with the agent (defaults: HTTP units on) minus forks without, JMH; the worse server;"
                        + " judged on the interval of the difference (JMH's 99.9 % errors of both, in quadrature)");
        Double httpAlloc = worstHttp(jmh, report, "httpRequestAllocBytesByServer", "gc.alloc.rate.norm");
        f.add(
                "httpRequestAllocBytes",
                httpAlloc == null ? null : (double) Math.round(httpAlloc),
                "bytes per request",
                0,
                true,
                "JMH -prof gc, bytes allocated per HTTP request (all threads), with minus without the agent, rounded to"
                        + " whole bytes; the worse server");
        report.put("threadCpuClockReadNs", score(jmh, "ThreadCpuClockBenchmark.read", "primary"));
        Double hop = difference(jmh, AGENT + ".asyncHop", PLAIN + ".asyncHop", "primary");
        report.put("asyncHopOverheadNs", hop);

        Double cycleMicros = score(jmh, "SamplerCycleBenchmark.sampleOnce", "primary");
        Double writeMicros = score(jmh, "MeasurementWriteBenchmark.writeFullStore", "primary");
        Double samplerFraction =
                cycleMicros == null || writeMicros == null ? null : (cycleMicros + writeMicros / writeIntervals) / 1e6;
        f.add(
                "samplerCpuFraction",
                samplerFraction,
                "fraction of one core at interval 1 s",
                0.001,
                true,
                "(sampler cycle + full-file rewrite / " + writeIntervals + ") / 1 s, model source, JMH steady state");

        f.addPaired(
                "throughputRatio",
                paired(load, "throughputPerSecond", (a, b) -> a / b),
                "agent / baseline",
                0.99,
                false,
                "closed-loop requests per second, agent / baseline per interleaved pair");
        f.addPaired(
                "p99Ratio",
                paired(load, "p99Millis", (a, b) -> a / b),
                "agent / baseline",
                1.03,
                true,
                "p99 latency at a fixed rate (half the baseline's throughput), agent / baseline per interleaved pair");
        f.addPaired(
                "startupDeltaMs",
                paired(load, "firstResponseMillis", (a, b) -> a - b),
                "ms",
                150,
                true,
                "JVM launch to first response, agent minus baseline per interleaved pair");
        f.addPaired(
                "cpuPerRequestRatio",
                paired(load, "cpuSecondsPerRequest", (a, b) -> a / b),
                "agent / baseline",
                1.01,
                true,
                "the service's CPU seconds (user + system, /proc) per request in the closed loop, agent / baseline"
                        + " per pair");
        f.addPaired(
                "shortJvmDeltaMs",
                paired(shortJvm, "wallMillis", (a, b) -> a - b),
                "ms",
                150,
                true,
                "launch to exit of a trivial main, agent minus baseline per interleaved pair (order alternating)");
        f.add(
                "scoreMillionSamplesMs",
                score(jmh, "WindowCarbonBenchmark.scoreMillionSamplesAgainstHourlySeries", "primary"),
                "ms",
                1000,
                true,
                "Σ E_t × I_t over 1,000,000 one-second samples and an hourly series");
        // The issue names this benchmark without a target: reported, not judged.
        report.put("compareHundredReportsMs", score(jmh, "CompareReportsBenchmark.compareHundredReports", "primary"));
        report.put(
                "cpuSecondsPerRequestBaseline",
                load.path("cpuSecondsPerRequestBaseline").asDouble());
        report.put(
                "cpuSecondsPerRequestAgent",
                load.path("cpuSecondsPerRequestAgent").asDouble());
        report.put(
                "peakRssMegabytesBaseline",
                load.path("peakRssMegabytesBaseline").asDouble());
        report.put("peakRssMegabytesAgent", load.path("peakRssMegabytesAgent").asDouble());
        // The sampler thread's CPU as the agent recorded it in the load runs' first minute, where its once-a-second
        // code still runs in the interpreter (JMH above measures the compiled steady state of a long-lived service).
        report.put("samplerCpuFractionLive", load.path("samplerCpuFractionLive").asDouble());

        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), "overhead", ".tmp");
        MAPPER.writeValue(tmp.toFile(), report);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.print(f.markdown());
    }

    /** Collects figures into the report and the Markdown table. */
    private static final class Figures {
        private final ObjectNode report;
        private final StringBuilder table =
                new StringBuilder("| figure | value | target | result |\n|---|---|---|---|\n");

        Figures(ObjectNode report) {
            this.report = report;
        }

        void add(String name, Double value, String unit, double target, boolean atMost, String how) {
            ObjectNode n = figure(name, unit, target, atMost, how);
            String shown;
            if (value == null || value.isNaN()) {
                n.putNull("value");
                n.putNull("pass");
                n.put("note", "not measured: its benchmark did not run in this build");
                shown = "not measured";
            } else {
                boolean pass = atMost ? value <= target : value >= target;
                n.put("value", value);
                n.put("pass", pass);
                shown = pass ? "pass" : "**FAIL**";
            }
            table.append(String.format(
                    Locale.ROOT,
                    "| `%s` | %s | %s %s %s | %s |%n",
                    name,
                    value == null ? "—" : String.format(Locale.ROOT, "%.4g %s", value, unit),
                    atMost ? "≤" : "≥",
                    target,
                    unit,
                    shown));
        }

        /**
         * A with-minus-without difference with an interval {@code [low, high]} around it, judged like the pairs
         * ({@link Paired#verdict}). Also inconclusive when the whole interval is below 0: the agent only adds work,
         * so the runs then disagree by more than their errors say (between-JVM noise), and such a figure judges
         * nothing.
         */
        void addWithin(
                String name, Double value, double[] interval, String unit, double target, boolean atMost, String how) {
            if (value == null) {
                add(name, null, unit, target, atMost, how);
                return;
            }
            ObjectNode n = figure(name, unit, target, atMost, how);
            n.put("value", value);
            n.putArray("interval").add(interval[0]).add(interval[1]);
            boolean belowZero = interval[1] < 0;
            Boolean verdict = belowZero ? null : Paired.verdict(interval[0], interval[1], target, atMost);
            String note = belowZero
                    ? "inconclusive: the interval %.4g … %.4g is below 0, so the runs with and without the agent"
                            + " disagree by more than their errors"
                    : "inconclusive: the interval %.4g … %.4g lies across the target";
            judged(
                    n,
                    verdict,
                    String.format(Locale.ROOT, note, interval[0], interval[1]),
                    name,
                    String.format(Locale.ROOT, "%.4g %s (interval %.4g … %.4g)", value, unit, interval[0], interval[1]),
                    unit,
                    target,
                    atMost);
        }

        /**
         * A figure over interleaved pairs: the median pair value, judged by its whole confidence interval (see
         * {@link Paired}); "inconclusive" when the interval straddles the target.
         */
        void addPaired(String name, Paired p, String unit, double target, boolean atMost, String how) {
            if (p == null) {
                add(name, null, unit, target, atMost, how);
                return;
            }
            ObjectNode n = figure(
                    name,
                    unit,
                    target,
                    atMost,
                    how + "; value = median pair, judged on the whole interval [smallest, largest pair]");
            n.setAll(pairedNode(p));
            judged(
                    n,
                    p.verdict(target, atMost),
                    String.format(
                            Locale.ROOT,
                            "inconclusive: the pairs range from %.4g to %.4g, across the"
                                    + " target; more pairs or a quieter machine are needed to judge it",
                            p.low(),
                            p.high()),
                    name,
                    String.format(
                            Locale.ROOT,
                            "%.4g %s (pairs %.4g … %.4g, %.0f %% interval)",
                            p.median(),
                            unit,
                            p.low(),
                            p.high(),
                            p.confidence() * 100),
                    unit,
                    target,
                    atMost);
        }

        /** Writes a judged figure's verdict (null: inconclusive, with {@code note}) and its table row. */
        private void judged(
                ObjectNode n,
                Boolean verdict,
                String note,
                String name,
                String shownValue,
                String unit,
                double target,
                boolean atMost) {
            if (verdict == null) {
                n.putNull("pass");
                n.put("note", note);
            } else {
                n.put("pass", verdict);
            }
            table.append(String.format(
                    Locale.ROOT,
                    "| `%s` | %s | %s %s %s | %s |%n",
                    name,
                    shownValue,
                    atMost ? "≤" : "≥",
                    target,
                    unit,
                    verdict == null ? "inconclusive" : verdict ? "pass" : "**FAIL**"));
        }

        private ObjectNode figure(String name, String unit, double target, boolean atMost, String how) {
            ObjectNode n = report.putObject(name);
            n.put("unit", unit);
            n.put("target", target);
            n.put("targetIs", atMost ? "at most" : "at least");
            n.put("how", how);
            return n;
        }

        String markdown() {
            return table.toString();
        }
    }

    private static ObjectNode machine() {
        ObjectNode m = MAPPER.createObjectNode();
        m.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        m.put("maxHeapMegabytes", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        m.put("javaVersion", System.getProperty("java.runtime.version"));
        m.put(
                "os",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
        try {
            Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .ifPresent(l -> m.put("cpu", l.substring(l.indexOf(':') + 1).trim()));
            double load = Double.parseDouble(
                    Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            m.put("loadAverage1m", load);
        } catch (IOException | RuntimeException e) {
            m.put("cpu", "unknown");
        }
        return m;
    }

    /** A JMH benchmark's primary score, or a secondary metric such as gc.alloc.rate.norm; null if absent. */
    private static Double score(JsonNode jmh, String benchmarkSuffix, String metric) {
        return score(jmh, benchmarkSuffix, metric, null);
    }

    /** As above, for the run whose {@code server} parameter is {@code server} (any run when null). */
    private static Double score(JsonNode jmh, String benchmarkSuffix, String metric, String server) {
        for (JsonNode run : jmh) {
            if (run.get("benchmark").asText().endsWith(benchmarkSuffix)
                    && (server == null
                            || server.equals(run.path("params").path("server").asText()))) {
                JsonNode secondary = run.path("secondaryMetrics");
                // JMH names profiler metrics with a leading "·" in some versions and without it in others.
                JsonNode m = "primary".equals(metric)
                        ? run.get("primaryMetric")
                        : secondary.has(metric) ? secondary.get(metric) : secondary.get("·" + metric);
                return m == null ? null : m.get("score").asDouble();
            }
        }
        return null;
    }

    /**
     * The with-agent minus without-agent difference of an HTTP request for each server, recorded under
     * {@code detailName}; the larger of them (null if a server's pair did not run).
     */
    private static Double worstHttp(JsonNode jmh, ObjectNode report, String detailName, String metric) {
        ObjectNode detail = report.putObject(detailName);
        Double worst = null;
        for (String server : HTTP_SERVERS) {
            Double with = score(jmh, HTTP_AGENT, metric, server);
            Double without = score(jmh, HTTP_PLAIN, metric, server);
            if (with == null || without == null) {
                return null;
            }
            double d = with - without;
            detail.put(server, d);
            worst = worst == null ? d : Math.max(worst, d);
        }
        return worst;
    }

    /**
     * The interval of the worse server's request-time difference: per server the difference ± its error (JMH's
     * 99.9 % half-widths of both runs, in quadrature; 0 where a run has none), then the largest low and high end.
     */
    private static double[] worstHttpInterval(JsonNode jmh) {
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (String server : HTTP_SERVERS) {
            JsonNode with = primary(jmh, HTTP_AGENT, server);
            JsonNode without = primary(jmh, HTTP_PLAIN, server);
            double d = with.get("score").asDouble() - without.get("score").asDouble();
            double e = Math.hypot(error(with), error(without));
            low = Math.max(low, d - e);
            high = Math.max(high, d + e);
        }
        return new double[] {low, high};
    }

    private static JsonNode primary(JsonNode jmh, String benchmarkSuffix, String server) {
        for (JsonNode run : jmh) {
            if (run.get("benchmark").asText().endsWith(benchmarkSuffix)
                    && server.equals(run.path("params").path("server").asText())) {
                return run.get("primaryMetric");
            }
        }
        throw new IllegalStateException(benchmarkSuffix + " " + server + " did not run");
    }

    /** JMH writes "NaN" (a string) when one fork and one iteration leave no error: then 0. */
    private static double error(JsonNode metric) {
        double e = metric.path("scoreError").asDouble(0);
        return Double.isFinite(e) ? e : 0;
    }

    private static Double difference(JsonNode jmh, String a, String b, String metric) {
        Double x = score(jmh, a, metric);
        Double y = score(jmh, b, metric);
        return x == null || y == null ? null : x - y;
    }

    /** The metric over the load benchmark's interleaved pairs; null when the load benchmark did not run. */
    private static Paired paired(JsonNode load, String metric, DoubleBinaryOperator combine) {
        JsonNode baseline = load.path("baseline");
        JsonNode agent = load.path("agent");
        if (baseline.size() == 0 || baseline.size() != agent.size()) {
            return null;
        }
        double[] b = new double[baseline.size()];
        double[] a = new double[agent.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = baseline.get(i).path(metric).asDouble();
            a[i] = agent.get(i).path(metric).asDouble();
        }
        return Paired.of(b, a, combine);
    }

    private static ObjectNode pairedNode(Paired p) {
        ObjectNode n = MAPPER.createObjectNode();
        if (p == null) {
            return n;
        }
        n.put("value", p.median());
        n.putArray("pairs")
                .addAll(Arrays.stream(p.pairValues())
                        .mapToObj(MAPPER.getNodeFactory()::numberNode)
                        .toList());
        n.putArray("interval").add(p.low()).add(p.high());
        n.put("confidence", p.confidence());
        return n;
    }
}
