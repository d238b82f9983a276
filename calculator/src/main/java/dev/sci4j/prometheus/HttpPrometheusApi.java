package dev.sci4j.prometheus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sci4j.input.Checks;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.rules.json.JsonMappers;
import dev.sci4j.rules.json.JsonStrictness;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link PrometheusApi} over HTTP with the JDK client: {@code GET <base>/api/v1/query_range}. The base may carry
 * a path prefix (Thanos, Mimir's {@code /prometheus}). Each answer is bounded: at most
 * {@link #MAX_RESPONSE_BYTES} bytes, and the whole exchange, body included, within the timeout (the JDK's request
 * timeout stops at the response headers), so a wrong or hostile server cannot exhaust memory or hang the CLI.
 * Every failure becomes an {@link InvalidInputException} naming the query and the server, so the CLI reports one
 * sentence. Thread-safe (the JDK client is).
 */
public final class HttpPrometheusApi implements PrometheusApi {
    /**
     * The most one query's answer may hold, bytes: a fleet's matrix at Prometheus's 11,000 points per series is
     * a few MiB per hundred series, so this leaves room without letting an endless body exhaust the heap.
     */
    public static final long MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

    /** Lenient: the response belongs to Prometheus, whose new fields must not break us. */
    private static final ObjectMapper MAPPER = JsonMappers.json(JsonStrictness.LENIENT);

    private final URI base;
    private final Duration timeout;
    private final long maxResponseBytes;
    private final HttpClient client;

    /**
     * @param base    the server, e.g. {@code http://localhost:9090} (http or https)
     * @param timeout for connecting and for each whole request, its answer's body included
     */
    public HttpPrometheusApi(URI base, Duration timeout) {
        this(base, timeout, MAX_RESPONSE_BYTES);
    }

    /** With another limit on an answer's size, so tests need not send {@link #MAX_RESPONSE_BYTES}. */
    HttpPrometheusApi(URI base, Duration timeout, long maxResponseBytes) {
        this.base = checkedBase(base);
        this.timeout = Checks.present(timeout, "timeout");
        this.maxResponseBytes = maxResponseBytes;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** From the text the user gave, e.g. {@code http://localhost:9090}. */
    public static HttpPrometheusApi of(String url, Duration timeout) {
        Checks.present(url, "--prometheus");
        try {
            return new HttpPrometheusApi(new URI(url.trim()), timeout);
        } catch (URISyntaxException e) {
            throw new InvalidInputException("--prometheus '" + url + "' is not a URL such as http://localhost:9090");
        }
    }

    @Override
    public String describe() {
        return base.toString();
    }

    @Override
    public List<RangeSeries> queryRange(String promql, RangeGrid grid) {
        URI uri = base.resolve("api/v1/query_range?query=" + encode(promql) + "&start=" + seconds(grid.start())
                + "&end=" + seconds(grid.end()) + "&step=" + seconds(grid.step()));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<byte[]> response = send(request, promql);
        return parse(response, promql);
    }

    private HttpResponse<byte[]> send(HttpRequest request, String promql) {
        AtomicReference<BoundedBody> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, info -> {
            BoundedBody bounded = new BoundedBody(maxResponseBytes);
            body.set(bounded);
            return bounded;
        });
        try {
            return exchange.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            stop(exchange, body.get());
            throw failure(promql, "no whole answer within " + timeout.toMillis() + " ms (--prometheus-timeout)");
        } catch (ExecutionException e) {
            throw failure(promql, problem(e.getCause()));
        } catch (InterruptedException e) {
            stop(exchange, body.get());
            Thread.currentThread().interrupt();
            throw failure(promql, "interrupted");
        }
    }

    private static void stop(CompletableFuture<?> exchange, BoundedBody body) {
        if (body != null) {
            body.abort(new IllegalStateException("abandoned")); // closes the connection: nobody reads it now
        }
        exchange.cancel(true);
    }

    private String problem(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof BoundedBody.TooLargeException) {
                return "the answer is larger than " + maxResponseBytes / (1024 * 1024)
                        + " MiB, the limit for one query's answer (narrow the query or the time range)";
            }
            if (t instanceof HttpTimeoutException) {
                return "no answer within " + timeout.toMillis() + " ms (--prometheus-timeout)";
            }
            if (t instanceof ConnectException) {
                return "cannot connect ("
                        + (t.getMessage() == null ? "connection refused or unreachable" : t.getMessage()) + ")";
            }
        }
        return "the request failed: " + (cause.getMessage() == null ? "the connection ended" : cause.getMessage());
    }

    private List<RangeSeries> parse(HttpResponse<byte[]> response, String promql) {
        JsonNode body;
        try {
            body = MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw failure(
                    promql,
                    "HTTP " + response.statusCode() + " with a body that is not JSON"
                            + (response.statusCode() == 200 ? " (is this the Prometheus API?)" : ""));
        }
        if (response.statusCode() != 200
                || !"success".equals(body.path("status").asText())) {
            String error = body.path("error").asText("");
            throw failure(
                    promql,
                    "HTTP " + response.statusCode()
                            + (error.isEmpty()
                                    ? ""
                                    : ", " + body.path("errorType").asText("error") + ": " + error));
        }
        JsonNode data = body.path("data");
        if (!"matrix".equals(data.path("resultType").asText())) {
            throw failure(
                    promql,
                    "the answer is not a matrix but '" + data.path("resultType").asText() + "'");
        }
        List<RangeSeries> series = new ArrayList<>();
        for (JsonNode s : data.path("result")) {
            series.add(series(s, promql));
        }
        return series;
    }

    private RangeSeries series(JsonNode s, String promql) {
        Map<String, String> labels = new LinkedHashMap<>();
        s.path("metric")
                .fields()
                .forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        List<RangeSeries.Sample> samples = new ArrayList<>();
        for (JsonNode pair : s.path("values")) {
            if (!pair.isArray() || pair.size() != 2) {
                throw failure(promql, "a value is not a [time, \"value\"] pair: " + pair);
            }
            samples.add(new RangeSeries.Sample(instant(pair.get(0), promql), value(pair.get(1), promql)));
        }
        return new RangeSeries(labels, samples);
    }

    private Instant instant(JsonNode time, String promql) {
        if (!time.isNumber()) {
            throw failure(promql, "a sample time is not a number: " + time);
        }
        BigDecimal seconds = time.decimalValue();
        long whole = seconds.longValue();
        int nanos =
                seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValue();
        return Instant.ofEpochSecond(whole, nanos);
    }

    private double value(JsonNode value, String promql) {
        // Prometheus writes sample values as strings so that NaN and ±Inf survive JSON.
        try {
            return Double.parseDouble(value.asText());
        } catch (NumberFormatException e) {
            throw failure(promql, "a sample value is not a number: " + value);
        }
    }

    private InvalidInputException failure(String promql, String problem) {
        return new InvalidInputException(
                "Prometheus at " + base + " could not answer the query " + promql + ": " + problem);
    }

    private static URI checkedBase(URI base) {
        Checks.present(base, "--prometheus");
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || base.getHost() == null) {
            throw new InvalidInputException(
                    "--prometheus '" + base + "' is not an http or https URL such as http://localhost:9090");
        }
        // resolve() drops the last path segment unless the path ends with a slash.
        String path = base.getPath() == null || base.getPath().isEmpty() ? "/" : base.getPath();
        return base.resolve(path.endsWith("/") ? path : path + "/");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Epoch or duration seconds with up to nanosecond decimals, as the API accepts them. */
    static String seconds(Instant instant) {
        return BigDecimal.valueOf(instant.getEpochSecond())
                .add(BigDecimal.valueOf(instant.getNano(), 9))
                .stripTrailingZeros()
                .toPlainString();
    }

    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.getSeconds())
                .add(BigDecimal.valueOf(duration.getNano(), 9))
                .stripTrailingZeros()
                .toPlainString();
    }
}
