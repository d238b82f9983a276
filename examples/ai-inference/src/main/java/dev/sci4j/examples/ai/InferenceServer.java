package dev.sci4j.examples.ai;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sci4j.api.FunctionalUnits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The example AI-inference service: a JDK {@code HttpServer} on loopback with {@code POST /v1/completions}
 * (OpenAI-style: {@code {"prompt", "max_tokens"}} in, {@code {"text", "usage": {"prompt_tokens",
 * "completion_tokens", "total_tokens"}}} out) and {@code GET /health}. Each completion reads the prompt and
 * generates {@code max_tokens} tokens with a tiny deterministic model ({@link TokenGenerator}) and counts its
 * input plus output tokens with {@code FunctionalUnits.record("tokens", n)}: with the sci4j agent they are the
 * functional unit scored per 1,000 tokens, nested in the request's HTTP unit.
 *
 * <p>Usage: {@code java -jar ai-inference.jar [--port P] [--worker cpu|python] [--python CMD] [--hidden H]
 * [--threads N]}; port 0 picks a free port, printed as "ai-inference listening on http://127.0.0.1:PORT".
 */
public final class InferenceServer {
    /** Hidden size of the default model: about 0.3 ms of one core per token here. */
    public static final int DEFAULT_HIDDEN = 512;

    static final String TOKENS = "tokens";
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService workers;
    private final TokenGenerator generator;

    private InferenceServer(HttpServer server, ExecutorService workers, TokenGenerator generator) {
        this.server = server;
        this.workers = workers;
        this.generator = generator;
    }

    /** Starts the service on 127.0.0.1:{@code port} (0 = any free port) with {@code threads} request threads. */
    public static InferenceServer start(int port, int threads, TokenGenerator generator) throws IOException {
        // Without TCP_NODELAY the body waits for the client's delayed ACK (~40 ms per request).
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        InferenceServer service =
                new InferenceServer(server, Executors.newFixedThreadPool(threads, InferenceServer::thread), generator);
        server.createContext("/v1/completions", service::complete);
        server.createContext("/health", exchange -> respond(exchange, 200, "{\"status\":\"ok\"}"));
        server.setExecutor(service.workers);
        server.start();
        return service;
    }

    private static Thread thread(Runnable r) {
        Thread t = new Thread(r, "ai-inference");
        t.setDaemon(true);
        return t;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
        workers.shutdownNow();
        generator.close();
    }

    private void complete(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            respond(exchange, 405, error("use POST"));
            return;
        }
        CompletionRequest request;
        try {
            request = CompletionRequest.parse(body(exchange));
        } catch (IllegalArgumentException e) {
            respond(exchange, 400, error(e.getMessage()));
            return;
        }
        int[] prompt = CharTokenizer.encode(request.prompt());
        int[] completion;
        try {
            completion = generator.generate(prompt, request.maxTokens());
        } catch (IOException e) {
            respond(exchange, 503, error("the model is unavailable: " + e.getMessage()));
            return;
        }
        // Input plus output tokens, as the procurement profile defines its unit; counted before the response is
        // sent, so a client that has its answer is sure its tokens are in the agent's counts.
        FunctionalUnits.record(TOKENS, (long) prompt.length + completion.length);
        respond(exchange, 200, answer(CharTokenizer.decode(completion), prompt.length, completion.length));
    }

    static String answer(String text, int promptTokens, int completionTokens) {
        return "{\"model\":\"sci4j-tiny-char\",\"text\":" + Json.quote(text) + ",\"usage\":{\"prompt_tokens\":"
                + promptTokens + ",\"completion_tokens\":" + completionTokens + ",\"total_tokens\":"
                + (promptTokens + completionTokens) + "}}";
    }

    private static String error(String message) {
        return "{\"error\":" + Json.quote(message) + "}";
    }

    /** The request body, or {@link IllegalArgumentException} when it exceeds {@value #MAX_BODY_BYTES} bytes. */
    private static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new IllegalArgumentException("the request body exceeds " + MAX_BODY_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Every answer is JSON. */
    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            Arguments.fail("ai-inference", Options.USAGE, e);
            return;
        }
        TokenGenerator generator = Options.generator(options);
        InferenceServer service = start(options.port, options.threads, generator);
        Runtime.getRuntime().addShutdownHook(new Thread(service::stop, "ai-inference-stop"));
        System.out.println("ai-inference listening on http://127.0.0.1:" + service.port() + " (model "
                + generator.describe() + ")");
        System.out.flush();
        Thread.currentThread().join();
    }
}
