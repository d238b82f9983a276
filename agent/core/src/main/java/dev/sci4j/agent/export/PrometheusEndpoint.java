package dev.sci4j.agent.export;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sci4j.agent.bootstrap.AgentThreads;
import dev.sci4j.agent.bootstrap.ThreadCpu;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves {@code GET /metrics} from a {@link PrometheusMeterRegistry} on the JDK's {@link HttpServer} (no servlet
 * container in the application's JVM). Start it from a daemon thread: the server's dispatcher thread inherits
 * the daemon flag of the thread that starts it, and a non-daemon one would keep the application's JVM alive.
 * Exchanges are served on one agent thread ({@link AgentThreads}): the hooks on the JDK's HTTP entry points never
 * count a scrape as a functional unit, and the thread's CPU time is the agent's overhead ({@link #cpuNanos}).
 * Thread-safe.
 */
public final class PrometheusEndpoint implements AutoCloseable {
    private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService worker;
    private final AtomicLong cpuNanos;

    private PrometheusEndpoint(HttpServer server, ExecutorService worker, AtomicLong cpuNanos) {
        this.server = server;
        this.worker = worker;
        this.cpuNanos = cpuNanos;
    }

    /** Binds {@code host:port} (port 0 = any free port) and starts serving. */
    public static PrometheusEndpoint start(String host, int port, PrometheusMeterRegistry registry) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/metrics", exchange -> handle(exchange, registry));
        AtomicLong cpuNanos = new AtomicLong();
        ExecutorService worker =
                Executors.newSingleThreadExecutor(task -> AgentThreads.newThread(task, "sci4j-prometheus"));
        server.setExecutor(exchange -> worker.execute(() -> measured(exchange, cpuNanos)));
        server.start();
        return new PrometheusEndpoint(server, worker, cpuNanos);
    }

    /** Runs one exchange (parsing, filters, handler) and adds its CPU time to the endpoint's. */
    private static void measured(Runnable exchange, AtomicLong cpuNanos) {
        long start = ThreadCpu.nowNanos();
        try {
            exchange.run();
        } finally {
            long end = ThreadCpu.nowNanos();
            if (start >= 0 && end >= start) {
                cpuNanos.addAndGet(end - start);
            }
        }
    }

    private static void handle(HttpExchange exchange, PrometheusMeterRegistry registry) throws IOException {
        try {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            if ("HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } finally {
            exchange.close(); // HttpExchange is AutoCloseable only from JDK 21 on
        }
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** CPU time spent serving scrapes since the start, nanoseconds. */
    public long cpuNanos() {
        return cpuNanos.get();
    }

    @Override
    public void close() {
        server.stop(0);
        worker.shutdown();
    }
}
