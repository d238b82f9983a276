package dev.sci4j.agent.otel.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * Two JDK {@link HttpServer}s with the same light and heavy routes: {@code /vt/...} handled on a virtual thread per
 * request (JDK 21+), {@code /pt/...} on a pool of platform threads. The heavy route does {@value #HEAVY_FACTOR}
 * times the light one's work in {@value #CHUNKS} chunks with a sleep between them, so a virtual thread unmounts and
 * is remounted (possibly on another carrier) in the middle of its unit. Run as a child JVM by {@link
 * OtelVirtualThreadsIT}; prints {@code listening PLATFORM_PORT VIRTUAL_PORT} and serves until it is stopped.
 */
public final class VirtualThreadService {
    static final int HEAVY_FACTOR = 8;
    static final int CHUNKS = 4;

    private VirtualThreadService() {}

    public static void main(String[] args) throws Exception {
        HttpServer platform = server("/pt", Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "service-worker");
            t.setDaemon(true);
            return t;
        }));
        // By reflection: the tests compile for Java 17; this service runs on JDK 21+ only.
        Executor virtual = (Executor)
                Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        HttpServer perRequest = server("/vt", virtual);
        System.out.println("listening " + platform.getAddress().getPort() + " "
                + perRequest.getAddress().getPort());
        System.out.flush();
    }

    private static HttpServer server(String prefix, Executor executor) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext(prefix + "/light", exchange -> TwoRouteService.respond(exchange, work(1)));
        server.createContext(prefix + "/heavy", exchange -> TwoRouteService.respond(exchange, work(HEAVY_FACTOR)));
        server.start();
        return server;
    }

    /** {@code factor} times the light work, in {@value #CHUNKS} chunks with a 1 ms sleep after each but the last. */
    private static long work(int factor) {
        long x = 0;
        for (int i = 0; i < CHUNKS; i++) {
            x += TwoRouteService.compute(TwoRouteService.LIGHT_ITERATIONS * factor / CHUNKS);
            if (i < CHUNKS - 1) {
                try {
                    Thread.sleep(1); // unmounts a virtual thread
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return x;
    }
}
