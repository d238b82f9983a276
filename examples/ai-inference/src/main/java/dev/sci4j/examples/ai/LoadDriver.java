package dev.sci4j.examples.ai;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load on the inference service, over loopback only: {@code concurrency} workers send the fixed
 * prompt set ({@link #PROMPTS}, in turn) to {@code POST /v1/completions} for {@code seconds}, each asking for
 * {@code maxTokens} tokens, and add up the tokens the service reports for the successful requests. Usage:
 * {@code java -cp ai-inference.jar dev.sci4j.examples.ai.LoadDriver URL SECONDS [CONCURRENCY] [MAX_TOKENS]};
 * prints one JSON line of results. Thread-safe; it keeps no per-request data.
 */
public final class LoadDriver {
    /** A load never runs longer than this, whatever it is asked. */
    public static final int MAX_SECONDS = 3600;

    /** The prompt set: fixed, so repetitions send the same work. */
    public static final List<String> PROMPTS = List.of(
            "Summarise the energy use of this service in one sentence.",
            "Translate to Traditional Chinese: software carbon intensity per functional unit.",
            "Write a haiku about idle servers.",
            "List three ways to cut the carbon of an inference service.",
            "Explain SCI = (E * I + M) per R to a procurement officer.",
            "What is a token?",
            "Draft a short reply: the measurement file is attached.",
            "Name the grid factor used for Taiwan and its year.");

    private static final Pattern TOTAL = Pattern.compile("\"total_tokens\":(\\d+)");

    private LoadDriver() {}

    /** The result of a run. */
    public static final class Result {
        public final long ok;
        public final long errors;
        public final long tokens;
        public final double seconds;

        Result(long ok, long errors, long tokens, double seconds) {
            this.ok = ok;
            this.errors = errors;
            this.tokens = tokens;
            this.seconds = seconds;
        }

        public String toJson() {
            return String.format(
                    Locale.ROOT,
                    "{\"ok\":%d,\"errors\":%d,\"tokens\":%d,\"seconds\":%s,\"tokensPerSecond\":%s,\"thousandTokens\":%s}",
                    ok,
                    errors,
                    tokens,
                    seconds,
                    tokens / seconds,
                    tokens / 1000.0);
        }
    }

    static final String USAGE =
            "java -cp ai-inference.jar dev.sci4j.examples.ai.LoadDriver URL SECONDS [CONCURRENCY] [MAX_TOKENS]";

    public static void main(String[] args) throws InterruptedException, IOException {
        Result result;
        try {
            if (args.length < 2 || args.length > 4) {
                throw new IllegalArgumentException("needs the service's URL and the seconds of load");
            }
            double seconds = Arguments.seconds("SECONDS", args[1], MAX_SECONDS);
            int concurrency = args.length > 2 ? Arguments.integer("CONCURRENCY", args[2], 1, 64) : 4;
            int maxTokens = args.length > 3
                    ? Arguments.integer("MAX_TOKENS", args[3], 1, CompletionRequest.MAX_TOKENS)
                    : CompletionRequest.DEFAULT_MAX_TOKENS;
            result = run(url(args[0]), seconds, concurrency, maxTokens);
        } catch (IllegalArgumentException | UnknownHostException e) {
            Arguments.fail("LoadDriver", USAGE, e);
            return;
        }
        System.out.println(result.toJson());
    }

    private static URI url(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("URL '" + text + "' is not a URL", e);
        }
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("URL must be http://HOST:PORT, not '" + text + "'");
        }
        return uri;
    }

    /** Runs the load; refuses any target that is not a loopback address. */
    public static Result run(URI base, double seconds, int concurrency, int maxTokens)
            throws InterruptedException, IOException {
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException(
                    "the load driver only targets loopback addresses, not " + base.getHost());
        }
        if (seconds <= 0 || seconds > MAX_SECONDS || concurrency < 1 || concurrency > 64) {
            throw new IllegalArgumentException("need 0 < seconds <= " + MAX_SECONDS + " and 1 <= concurrency <= 64");
        }
        new CompletionRequest("", maxTokens); // validates maxTokens before any request is sent
        URI endpoint = base.resolve("/v1/completions");
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong tokens = new AtomicLong();
        CountDownLatch done = new CountDownLatch(concurrency);
        long started = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            Thread t = new Thread(
                    () -> {
                        try {
                            for (int i = worker; System.nanoTime() < deadline; i += concurrency) {
                                long n = complete(endpoint, PROMPTS.get(i % PROMPTS.size()), maxTokens);
                                if (n >= 0) {
                                    ok.incrementAndGet();
                                    tokens.addAndGet(n);
                                } else {
                                    errors.incrementAndGet();
                                }
                            }
                        } finally {
                            done.countDown();
                        }
                    },
                    "ai-load-" + w);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        return new Result(ok.get(), errors.get(), tokens.get(), (System.nanoTime() - started) / 1e9);
    }

    /** @return the tokens the service reports for this request, or −1 when it failed */
    private static long complete(URI endpoint, String prompt, int maxTokens) {
        try {
            HttpURLConnection c = (HttpURLConnection) endpoint.toURL().openConnection();
            c.setConnectTimeout(5_000);
            c.setReadTimeout(60_000);
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            byte[] body = ("{\"prompt\":" + Json.quote(prompt) + ",\"max_tokens\":" + maxTokens + "}")
                    .getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
            String answer;
            try (InputStream in = c.getInputStream()) {
                answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher m = TOTAL.matcher(answer);
            return c.getResponseCode() == 200 && m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
