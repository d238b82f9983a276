package dev.sci4j.agent.export;

import dev.sci4j.agent.bootstrap.AgentThreads;
import dev.sci4j.agent.bootstrap.ThreadCpu;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Serves {@code GET /metrics} (exactly that path; 404 elsewhere) from a {@link PrometheusMeterRegistry} on a
 * plain server socket: no servlet container in the application's JVM, and, unlike the JDK's {@code HttpServer},
 * every limit is ours. A client that sends a partial request and waits (slowloris) or an endless one cannot
 * block scrapes: each connection has {@value #REQUEST_TIMEOUT_MS} ms in all to send its request head of at most
 * {@value #MAX_REQUEST_BYTES} bytes, and {@value #MAX_CONNECTIONS} connections are served at once. Many idle
 * clients cannot hold every slot either: when all are taken, a new connection closes the one that has waited
 * longest without completing its request head ({@link WaitingConnections}) and takes its slot; only when every
 * slot is serving a complete request is the new connection closed at once (never queued). One request per
 * connection ({@code Connection: close}), which Prometheus
 * handles. All threads are daemon agent threads ({@link AgentThreads}, named {@code sci4j-prometheus}): the hooks
 * never count a scrape as a functional unit, they never keep the JVM alive, and their CPU time is the agent's
 * overhead ({@link #cpuNanos}). Thread-safe.
 */
public final class PrometheusEndpoint implements AutoCloseable {
    static final String PATH = "/metrics";
    static final int MAX_CONNECTIONS = 4;
    static final int MAX_REQUEST_BYTES = 8192;
    static final int REQUEST_TIMEOUT_MS = 5000;
    private static final int LINGER_MS = 200;
    /** How long a new connection waits for the slot an eviction frees (its worker's read fails at once). */
    private static final int EVICTION_WAIT_MS = 1000;

    private static final int MAX_DISCARD_BYTES = 64 * 1024;
    private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final String THREAD_NAME = "sci4j-prometheus";

    private final ServerSocket server;
    private final ThreadPoolExecutor workers;
    private final Semaphore slots = new Semaphore(MAX_CONNECTIONS);
    private final WaitingConnections waiting = new WaitingConnections();
    private final AtomicLong cpuNanos = new AtomicLong();
    private final Supplier<String> scrape;
    private volatile boolean closed;

    private PrometheusEndpoint(ServerSocket server, Supplier<String> scrape) {
        this.server = server;
        this.scrape = scrape;
        // the slots bound the work in flight, so the queue never holds more than a slot's hand-over
        this.workers = new ThreadPoolExecutor(
                MAX_CONNECTIONS,
                MAX_CONNECTIONS,
                30,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                task -> AgentThreads.newThread(task, THREAD_NAME));
        workers.allowCoreThreadTimeOut(true);
    }

    /**
     * Binds the agent's meters to a new Prometheus registry and serves it. The agent calls this rather than
     * building the registry itself, so that verifying its own class loads no Micrometer class on the application's
     * start-up path.
     */
    public static PrometheusEndpoint start(String host, int port, AgentMetrics metrics) throws IOException {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        metrics.bindTo(registry);
        return start(host, port, registry);
    }

    /** Binds {@code host:port} (port 0 = any free port) and starts serving. */
    public static PrometheusEndpoint start(String host, int port, PrometheusMeterRegistry registry) throws IOException {
        return start(host, port, registry::scrape);
    }

    /** As {@link #start(String, int, PrometheusMeterRegistry)}, serving what {@code scrape} returns. */
    static PrometheusEndpoint start(String host, int port, Supplier<String> scrape) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(host, port), 50);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        PrometheusEndpoint endpoint = new PrometheusEndpoint(server, scrape);
        AgentThreads.newThread(endpoint::acceptLoop, THREAD_NAME).start();
        return endpoint;
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue; // e.g. too many open files for a moment: keep serving
            }
            try {
                if (!takeSlot()) {
                    closeQuietly(client); // every slot serves a complete request: refuse rather than queue
                    continue;
                }
            } catch (InterruptedException e) {
                closeQuietly(client);
                return; // closing
            }
            waiting.add(client);
            try {
                workers.execute(() -> {
                    try {
                        measured(client);
                    } finally {
                        slots.release();
                    }
                });
            } catch (RejectedExecutionException closing) {
                slots.release();
                closeQuietly(client);
            }
        }
    }

    /** A free slot, or the slot of the connection that has waited longest for its request head. */
    private boolean takeSlot() throws InterruptedException {
        return slots.tryAcquire()
                || (waiting.evictOldest() && slots.tryAcquire(EVICTION_WAIT_MS, TimeUnit.MILLISECONDS));
    }

    /** Serves one connection and adds its CPU time to the endpoint's. */
    private void measured(Socket client) {
        long start = ThreadCpu.nowNanos();
        try {
            serve(client);
        } catch (IOException | RuntimeException e) {
            // the client went away, timed out or sent garbage: nothing to report, the next scrape is served
        } finally {
            waiting.remove(client);
            closeGracefully(client);
            long end = ThreadCpu.nowNanos();
            if (start >= 0 && end >= start) {
                cpuNanos.addAndGet(end - start);
            }
        }
    }

    private void serve(Socket client) throws IOException {
        String head = readHead(client);
        if (!waiting.remove(client)) {
            return; // evicted while its head was arriving: its slot is someone else's now
        }
        OutputStream out = client.getOutputStream();
        if (head == null) {
            respond(out, 431, "Request Header Fields Too Large", null, false);
            return;
        }
        int lineEnd = head.indexOf("\r\n");
        String[] requestLine = (lineEnd < 0 ? head : head.substring(0, lineEnd)).split(" ", -1);
        if (requestLine.length != 3 || !requestLine[2].startsWith("HTTP/")) {
            respond(out, 400, "Bad Request", null, false);
            return;
        }
        String method = requestLine[0];
        String target = requestLine[1];
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        if (!PATH.equals(path)) {
            respond(out, 404, "Not Found", null, false);
        } else if (!"GET".equals(method) && !"HEAD".equals(method)) {
            respond(out, 405, "Method Not Allowed", null, false);
        } else {
            respond(out, 200, "OK", scrape.get().getBytes(StandardCharsets.UTF_8), "HEAD".equals(method));
        }
    }

    /**
     * The request head up to its blank line, or {@code null} when it exceeds {@link #MAX_REQUEST_BYTES}; throws
     * {@link SocketTimeoutException} when it is not complete within {@link #REQUEST_TIMEOUT_MS} in all.
     */
    private static String readHead(Socket client) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(REQUEST_TIMEOUT_MS);
        InputStream in = client.getInputStream();
        byte[] buffer = new byte[MAX_REQUEST_BYTES];
        int length = 0;
        while (true) {
            long leftMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (leftMs <= 0) {
                throw new SocketTimeoutException("request head not complete in time");
            }
            client.setSoTimeout((int) leftMs);
            if (length == buffer.length) {
                return null;
            }
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) {
                throw new SocketException("closed before the request head ended");
            }
            int searchFrom = Math.max(0, length - 3);
            length += n;
            for (int i = searchFrom; i + 3 < length; i++) {
                if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n') {
                    return new String(buffer, 0, i, StandardCharsets.ISO_8859_1);
                }
            }
        }
    }

    private static void respond(OutputStream out, int status, String reason, byte[] body, boolean headOnly)
            throws IOException {
        byte[] content = body == null ? (reason + "\n").getBytes(StandardCharsets.US_ASCII) : body;
        String head = "HTTP/1.1 " + status + " " + reason + "\r\n"
                + "Content-Type: " + (body == null ? "text/plain; charset=utf-8" : CONTENT_TYPE) + "\r\n"
                + "Content-Length: " + content.length + "\r\n"
                + (status == 405 ? "Allow: GET, HEAD\r\n" : "")
                + "Connection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        if (!headOnly) {
            out.write(content);
        }
        out.flush();
    }

    /**
     * Closes after the response: unread request bytes at close would make the kernel reset the connection, and
     * the client could lose the response (e.g. a 431), so read off what little is left first, briefly.
     */
    private static void closeGracefully(Socket socket) {
        try {
            socket.shutdownOutput();
            socket.setSoTimeout(LINGER_MS);
            InputStream in = socket.getInputStream();
            byte[] discard = new byte[4096];
            int total = 0;
            int n;
            while (total < MAX_DISCARD_BYTES && (n = in.read(discard)) >= 0) {
                total += n;
            }
        } catch (IOException e) {
            // timed out or reset: close anyway
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing left to do with it
        }
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return server.getLocalPort();
    }

    /** CPU time spent serving scrapes since the start, nanoseconds. */
    public long cpuNanos() {
        return cpuNanos.get();
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        workers.shutdownNow();
    }
}
