package dev.sci4j.examples.shop;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load on the shop, over loopback only: {@code concurrency} workers send requests in a fixed
 * cycle of endpoints for {@code durationSeconds}, optionally paced to {@code ratePerSecond} in total. With a
 * rate, latency is measured from each request's intended start, so a stall is not hidden by the workers
 * waiting on it (coordinated omission). Memory is bounded: at most {@link #MAX_SAMPLES} latencies are kept.
 * Usage: {@code java -cp shop.jar dev.sci4j.examples.shop.LoadDriver URL SECONDS [CONCURRENCY] [RATE] [MIX]},
 * MIX such as {@code search=6,product=3,checkout=1}. Prints one JSON line of results.
 */
public final class LoadDriver {
    public static final int MAX_SAMPLES = 2_000_000;
    /** A load never runs longer than this, whatever it is asked. */
    public static final int MAX_SECONDS = 600;

    private LoadDriver() {}

    /** The result of a run; latencies in milliseconds. */
    public static final class Result {
        public final Map<String, Long> okByEndpoint;
        public final long errors;
        public final double seconds;
        public final double p50Millis;
        public final double p99Millis;

        Result(Map<String, Long> okByEndpoint, long errors, double seconds, double p50Millis, double p99Millis) {
            this.okByEndpoint = okByEndpoint;
            this.errors = errors;
            this.seconds = seconds;
            this.p50Millis = p50Millis;
            this.p99Millis = p99Millis;
        }

        public long ok() {
            return okByEndpoint.values().stream().mapToLong(Long::longValue).sum();
        }

        public double throughputPerSecond() {
            return ok() / seconds;
        }

        public String toJson() {
            StringBuilder endpoints = new StringBuilder();
            okByEndpoint.forEach((k, v) -> endpoints
                    .append(endpoints.length() == 0 ? "" : ",")
                    .append('"')
                    .append(k)
                    .append("\":")
                    .append(v));
            return String.format(
                    Locale.ROOT,
                    "{\"ok\":%d,\"errors\":%d,\"seconds\":%s,\"throughputPerSecond\":%s,"
                            + "\"p50Millis\":%s,\"p99Millis\":%s,\"okByEndpoint\":{%s}}",
                    ok(),
                    errors,
                    seconds,
                    throughputPerSecond(),
                    p50Millis,
                    p99Millis,
                    endpoints);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: LoadDriver URL SECONDS [CONCURRENCY] [RATE_PER_SECOND] [MIX]");
            System.exit(2);
        }
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        double rate = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        List<String> cycle = args.length > 4 ? mix(args[4]) : mix("search=6,product=3,checkout=1");
        Result result = run(URI.create(args[0]), Double.parseDouble(args[1]), concurrency, rate, cycle);
        System.out.println(result.toJson());
    }

    /** {@code search=6,product=3,checkout=1} → a cycle of 10 paths in that proportion, interleaved. */
    public static List<String> mix(String spec) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String[] kv = part.trim().split("=");
            if (kv.length != 2 || !ShopServer.COST.containsKey("/" + kv[0])) {
                throw new IllegalArgumentException("mix entry '" + part
                        + "' is not ENDPOINT=WEIGHT with ENDPOINT one of " + ShopServer.COST.keySet());
            }
            weights.put("/" + kv[0], Integer.parseInt(kv[1]));
        }
        List<String> cycle = new ArrayList<>();
        int max = weights.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int round = 0; round < max; round++) {
            for (Map.Entry<String, Integer> w : weights.entrySet()) {
                if (round < w.getValue()) {
                    cycle.add(w.getKey());
                }
            }
        }
        return cycle;
    }

    /** Runs the load; refuses any target that is not a loopback address. */
    public static Result run(URI base, double seconds, int concurrency, double ratePerSecond, List<String> cycle)
            throws InterruptedException, IOException {
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException(
                    "the load driver only targets loopback addresses, not " + base.getHost());
        }
        if (seconds <= 0 || seconds > MAX_SECONDS || concurrency < 1 || concurrency > 64 || cycle.isEmpty()) {
            throw new IllegalArgumentException(
                    "need 0 < seconds <= " + MAX_SECONDS + ", 1 <= concurrency <= 64 and a mix");
        }
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long intervalNanos = ratePerSecond > 0 ? (long) (1e9 * concurrency / ratePerSecond) : 0;
        long[][] latencies = new long[concurrency][];
        int[] counts = new int[concurrency];
        Map<String, AtomicLong> ok = new LinkedHashMap<>();
        cycle.forEach(p -> ok.putIfAbsent(p, new AtomicLong()));
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(concurrency);
        long started = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            latencies[w] = new long[1024];
            Thread t = new Thread(
                    () -> {
                        try {
                            long next = started + (intervalNanos * worker) / concurrency;
                            for (int i = worker; System.nanoTime() < deadline; i++) {
                                long intended = intervalNanos > 0 ? next : System.nanoTime();
                                if (intervalNanos > 0) {
                                    sleepUntil(next);
                                    next += intervalNanos;
                                }
                                String path = cycle.get(i % cycle.size());
                                if (get(base, path, i)) {
                                    ok.get(path).incrementAndGet();
                                    record(latencies, counts, worker, System.nanoTime() - intended, concurrency);
                                } else {
                                    errors.incrementAndGet();
                                }
                            }
                        } finally {
                            done.countDown();
                        }
                    },
                    "load-" + w);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] all = merge(latencies, counts);
        Map<String, Long> okByEndpoint = new LinkedHashMap<>();
        ok.forEach((k, v) -> okByEndpoint.put(k.substring(1), v.get()));
        return new Result(okByEndpoint, errors.get(), elapsed, percentile(all, 0.50), percentile(all, 0.99));
    }

    private static boolean get(URI base, String path, int i) {
        try {
            URL url = base.resolve(path + "?item=" + (i % 1000)).toURL();
            HttpURLConnection c = (HttpURLConnection) url.openConnection();
            c.setConnectTimeout(5_000);
            c.setReadTimeout(30_000);
            try (InputStream in = c.getInputStream()) {
                in.readAllBytes();
            }
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static void record(long[][] latencies, int[] counts, int worker, long nanos, int concurrency) {
        if (counts[worker] >= MAX_SAMPLES / concurrency) {
            return;
        }
        if (counts[worker] == latencies[worker].length) {
            latencies[worker] =
                    Arrays.copyOf(latencies[worker], Math.min(latencies[worker].length * 2, MAX_SAMPLES / concurrency));
        }
        latencies[worker][counts[worker]++] = nanos;
    }

    private static long[] merge(long[][] latencies, int[] counts) {
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int w = 0; w < latencies.length; w++) {
            System.arraycopy(latencies[w], 0, all, at, counts[w]);
            at += counts[w];
        }
        Arrays.sort(all);
        return all;
    }

    /** Nearest-rank percentile in milliseconds; NaN when nothing succeeded. */
    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    private static void sleepUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
