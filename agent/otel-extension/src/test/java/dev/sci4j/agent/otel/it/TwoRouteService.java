package dev.sci4j.agent.otel.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A JDK {@link HttpServer} with a light route and one doing 8× its CPU work, handled on a thread pool. Run as a
 * child JVM by {@link OtelExtensionIT}; prints {@code listening PORT} and serves until it is stopped (SIGTERM).
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
        server.createContext("/light", exchange -> work(exchange, LIGHT_ITERATIONS));
        server.createContext("/heavy", exchange -> work(exchange, LIGHT_ITERATIONS * HEAVY_FACTOR));
        server.start();
        System.out.println("listening " + server.getAddress().getPort());
        System.out.flush();
    }

    private static void work(HttpExchange exchange, int iterations) throws IOException {
        long x = exchange.getRequestURI().getPath().length();
        for (int i = 0; i < iterations; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            x ^= x >>> 29;
        }
        sink = x;
        byte[] body = Long.toString(x).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
