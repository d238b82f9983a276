package dev.sci4j.agent.otel.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A JDK {@link HttpServer} with a light route and one doing 8× its CPU work, handled on a thread pool. The heavy
 * route hands its work to another pool and waits for it, so its CPU time reaches its unit only if the context
 * follows the task (OpenTelemetry propagates it through executors). Run as a child JVM by {@link
 * OtelExtensionIT}; prints {@code listening PORT} and serves until it is stopped (SIGTERM).
 */
public final class TwoRouteService {
    /** Iterations of the light route's work; the heavy route does {@value #HEAVY_FACTOR} times as many. */
    static final int LIGHT_ITERATIONS = 2_000_000;

    static final int HEAVY_FACTOR = 8;

    private static volatile long sink;

    private TwoRouteService() {}

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "service-worker");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/light", exchange -> respond(exchange, compute(LIGHT_ITERATIONS)));
        ExecutorService backend = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "service-backend");
            t.setDaemon(true);
            return t;
        });
        server.createContext("/heavy", exchange -> {
            long x = CompletableFuture.supplyAsync(() -> compute(LIGHT_ITERATIONS * HEAVY_FACTOR), backend)
                    .join();
            respond(exchange, x);
        });
        server.start();
        System.out.println("listening " + server.getAddress().getPort());
        System.out.flush();
    }

    static long compute(int iterations) {
        long x = sink;
        for (int i = 0; i < iterations; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            x ^= x >>> 29;
        }
        sink = x;
        return x;
    }

    /** 200 with {@code x} as the body; shared with {@link VirtualThreadService}. */
    static void respond(HttpExchange exchange, long x) throws IOException {
        byte[] body = Long.toString(x).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
