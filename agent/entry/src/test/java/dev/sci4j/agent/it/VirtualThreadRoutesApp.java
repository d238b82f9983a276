package dev.sci4j.agent.it;

import com.sun.net.httpserver.HttpServer;
import dev.sci4j.api.FunctionalUnits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * For {@code VirtualThreadsIT}: the same three routes on an {@code HttpServer} whose handlers run on virtual
 * threads ({@code /vt/...}, JDK 21+) and on one with a platform-thread pool ({@code /pt/...}): {@code light},
 * {@code heavy} (8× its work) and {@code sleepy} (heavy's work, with a sleep in the middle, which unmounts a
 * virtual thread). The work is a fixed computation, so its CPU time is the same on either kind of thread. The
 * routes are called in turn, round after round, so that the machine's load weighs on both servers alike. Then
 * units on eight virtual threads that take turns on the carriers ({@code interleaved-units}) and the same units
 * one after another on a platform thread ({@code sequential-units}). Args: rounds. Compiled for Java 11: the virtual-thread executor is looked up reflectively.
 */
public final class VirtualThreadRoutesApp {
    /** Work units per route; one unit is a few milliseconds of CPU. */
    static final int LIGHT = 3;

    static final int HEAVY = 8 * LIGHT;

    /** Chunks of one work unit in each interleaved unit. */
    static final int CHUNKS = 8;

    private static volatile double sink;

    private VirtualThreadRoutesApp() {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        work(200); // compiled before the first request, on both servers alike
        ExecutorService platformPool = Executors.newFixedThreadPool(2);
        ExecutorService virtual = virtualExecutor();
        HttpServer platform = server("/pt", platformPool);
        HttpServer onVirtual = virtual == null ? null : server("/vt", virtual);
        System.out.println(virtual == null ? "no virtual threads on this JDK" : "virtual threads on");
        try {
            for (int i = 0; i < rounds; i++) {
                for (String route : new String[] {"light", "heavy", "sleepy"}) {
                    boolean platformFirst = i % 2 == 0;
                    call(platformFirst ? platform : onVirtual, platformFirst ? "/pt/" : "/vt/", route);
                    call(platformFirst ? onVirtual : platform, platformFirst ? "/vt/" : "/pt/", route);
                }
            }
        } finally {
            platform.stop(0);
            platformPool.shutdown();
            if (onVirtual != null) {
                onVirtual.stop(0);
                virtual.shutdown();
            }
        }
        if (virtual != null) {
            for (int i = 0; i < rounds / 4; i++) {
                interleaved();
            }
        }
        Thread.sleep(500);
        System.out.println("done");
    }

    /**
     * Eight virtual threads, each in a unit, yield between chunks of work, so that they take turns on the
     * carriers; then the same eight units one after another on a platform thread.
     */
    private static void interleaved() throws Exception {
        Runnable unit = () -> {
            try (FunctionalUnits.Scope s = FunctionalUnits.scope("interleaved-units")) {
                for (int c = 0; c < CHUNKS; c++) {
                    work(1);
                    Thread.yield();
                }
            }
        };
        ExecutorService virtual = virtualExecutor();
        List<Future<?>> done = new ArrayList<>();
        for (int v = 0; v < 8; v++) {
            done.add(virtual.submit(() -> {
                unit.run();
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        virtual.shutdown();
        Thread platform = new Thread(() -> {
            for (int v = 0; v < 8; v++) {
                try (FunctionalUnits.Scope s = FunctionalUnits.scope("sequential-units")) {
                    for (int c = 0; c < CHUNKS; c++) {
                        work(1);
                        Thread.yield();
                    }
                }
            }
        });
        platform.start();
        platform.join();
    }

    private static ExecutorService virtualExecutor() {
        try {
            return (ExecutorService)
                    Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static HttpServer server(String prefix, ExecutorService executor) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext(prefix + "/light", exchange -> {
            work(LIGHT);
            respond(exchange);
        });
        server.createContext(prefix + "/heavy", exchange -> {
            work(HEAVY);
            respond(exchange);
        });
        server.createContext(prefix + "/sleepy", exchange -> {
            work(HEAVY / 2);
            sleep(30); // a virtual thread unmounts here, and may come back on another carrier
            work(HEAVY / 2);
            respond(exchange);
        });
        server.setExecutor(executor);
        server.start();
        return server;
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void call(HttpServer server, String prefix, String route) throws IOException {
        if (server == null) {
            return;
        }
        URL url = new URL("http://127.0.0.1:" + server.getAddress().getPort() + prefix + route);
        HttpURLConnection c = (HttpURLConnection) url.openConnection();
        try (InputStream in = c.getInputStream()) {
            in.readAllBytes();
        }
        if (c.getResponseCode() != 200) {
            throw new IOException(url + " answered " + c.getResponseCode());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A fixed computation: the same CPU time on any thread. */
    static void work(int units) {
        double x = 0;
        for (int u = 0; u < units; u++) {
            for (int i = 1; i < 400_000; i++) {
                x += Math.sqrt(i + u);
            }
        }
        sink = x;
    }
}
