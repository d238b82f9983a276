package dev.sci4j.examples.shop;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The example shop: a JDK {@code HttpServer} on loopback with three endpoints whose CPU cost per request
 * has a fixed ratio, 1 : 4 : 16 (search : product : checkout), so measurements can be checked against it.
 * {@code /health} does no work. Usage: {@code java -jar shop.jar [port] [baseRounds]}; port 0 picks a free
 * port, printed as "shop listening on http://127.0.0.1:PORT".
 */
public final class ShopServer {
    /** Relative CPU cost of each endpoint, in multiples of the base rounds. */
    public static final Map<String, Integer> COST = costs();

    public static final int DEFAULT_BASE_ROUNDS = 2_000;
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService workers;

    private ShopServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    private static Map<String, Integer> costs() {
        Map<String, Integer> costs = new LinkedHashMap<>();
        costs.put("/search", 1);
        costs.put("/product", 4);
        costs.put("/checkout", 16);
        return java.util.Collections.unmodifiableMap(costs);
    }

    /** Starts the shop on 127.0.0.1:{@code port} (0 = any free port). */
    public static ShopServer start(int port, int baseRounds) throws IOException {
        // The JDK server writes headers and body separately; with Nagle on, the body waits for the client's
        // delayed ACK (~40 ms), which would swamp the CPU cost this sample exists to show.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        for (Map.Entry<String, Integer> endpoint : COST.entrySet()) {
            server.createContext(endpoint.getKey(), new WorkHandler(baseRounds * endpoint.getValue()));
        }
        server.createContext("/health", exchange -> respond(exchange, 200, "ok"));
        ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "shop-worker");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.start();
        return new ShopServer(server, workers);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
        workers.shutdownNow();
    }

    /** {@code java -jar shop.jar [PORT [BASE_ROUNDS]]}; a bad argument is one line on stderr and exit status 2. */
    public static void main(String[] args) throws IOException, InterruptedException {
        int port;
        int baseRounds;
        try {
            port = args.length > 0 ? argument(args[0], "PORT", 0, 65_535) : 8080;
            baseRounds = args.length > 1 ? argument(args[1], "BASE_ROUNDS", 1, Integer.MAX_VALUE) : DEFAULT_BASE_ROUNDS;
            if (args.length > 2) {
                throw new IllegalArgumentException(
                        "too many arguments; usage: java -jar shop.jar [PORT [BASE_ROUNDS]]");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("shop: " + e.getMessage());
            System.exit(2);
            return;
        }
        ShopServer shop = start(port, baseRounds);
        Runtime.getRuntime().addShutdownHook(new Thread(shop::stop, "shop-stop"));
        System.out.println("shop listening on http://127.0.0.1:" + shop.port());
        System.out.flush();
        Thread.currentThread().join();
    }

    static int argument(String text, String name, int min, int max) {
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the same sentence as out of range
        }
        throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", not '"
                + text + "'; usage: java -jar shop.jar [PORT [BASE_ROUNDS]]");
    }

    private static final class WorkHandler implements HttpHandler {
        private final int rounds;

        WorkHandler(int rounds) {
            this.rounds = rounds;
        }

        @Override
        public void handle(HttpExchange exchange) throws IOException {
            String query = exchange.getRequestURI().getRawQuery();
            respond(exchange, 200, Work.rounds(query == null ? "" : query, rounds));
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
