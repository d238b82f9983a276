package dev.sci4j.prometheus;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Prometheus stand-in on loopback (the JDK HttpServer) serving canned {@code query_range} answers: per query
 * text, series with samples at given times, evaluated like Prometheus at each step of the requested range. Records the
 * queries it was asked. Thread-safe enough for tests (set up before querying).
 */
public final class FakePrometheus implements AutoCloseable {
    private static final long LOOKBACK_MILLIS = 5 * 60_000;
    private final HttpServer server;
    private final Map<String, List<String>> seriesByQuery = new HashMap<>();
    private final Map<String, List<Map<Long, Double>>> valuesByQuery = new HashMap<>();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body;

    private FakePrometheus(HttpServer server) {
        this.server = server;
    }

    public static FakePrometheus start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FakePrometheus fake = new FakePrometheus(server);
        server.createContext("/", fake::handle);
        server.start();
        return fake;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A series for {@code query}: {@code values[i]} at {@code start + i × step}, null for no value. */
    public FakePrometheus series(String query, String labelsJson, Instant start, Duration step, Double... values) {
        Map<Long, Double> byMillis = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                byMillis.put(start.plus(step.multipliedBy(i)).toEpochMilli(), values[i]);
            }
        }
        seriesByQuery.computeIfAbsent(query, q -> new ArrayList<>()).add(labelsJson);
        valuesByQuery.computeIfAbsent(query, q -> new ArrayList<>()).add(byMillis);
        return this;
    }

    /** Every request from now on gets this status and body. */
    public FakePrometheus answer(int status, String body) {
        this.status = status;
        this.body = body;
        return this;
    }

    public List<String> queries() {
        return List.copyOf(queries);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> params = params(exchange.getRequestURI().getRawQuery());
            String query = params.getOrDefault("query", "");
            queries.add(query);
            String response = body != null
                    ? body
                    : exchange.getRequestURI().getPath().endsWith("/api/v1/query_range")
                            ? matrix(query, params)
                            : "404 page not found";
            int code = body != null ? status : response.startsWith("404") ? 404 : 200;
            byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(code, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private String matrix(String query, Map<String, String> params) {
        long start = millis(params.get("start"));
        long end = millis(params.get("end"));
        long step = millis(params.get("step"));
        List<String> labels = seriesByQuery.getOrDefault(query, List.of());
        List<Map<Long, Double>> values = valuesByQuery.getOrDefault(query, List.of());
        StringBuilder result = new StringBuilder();
        for (int s = 0; s < labels.size(); s++) {
            StringBuilder points = new StringBuilder();
            TreeMap<Long, Double> samples = new TreeMap<>(values.get(s));
            for (long t = start; t <= end; t += step) {
                // As Prometheus: the latest sample at or before the evaluation time, within the 5-minute lookback.
                Map.Entry<Long, Double> latest = samples.floorEntry(t);
                if (latest != null && latest.getKey() > t - LOOKBACK_MILLIS) {
                    points.append(points.length() == 0 ? "" : ",")
                            .append(String.format(
                                    Locale.ROOT,
                                    "[%s,\"%s\"]",
                                    BigDecimal.valueOf(t, 3).toPlainString(),
                                    latest.getValue()));
                }
            }
            if (points.length() > 0) {
                result.append(result.length() == 0 ? "" : ",")
                        .append("{\"metric\":")
                        .append(labels.get(s))
                        .append(",\"values\":[")
                        .append(points)
                        .append("]}");
            }
        }
        return "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[" + result + "]}}";
    }

    private static long millis(String seconds) {
        return new BigDecimal(seconds).movePointRight(3).longValue();
    }

    private static Map<String, String> params(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw != null) {
            for (String kv : raw.split("&")) {
                int eq = kv.indexOf('=');
                params.put(
                        URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
