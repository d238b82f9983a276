package dev.sci4j.benchmarks.http;

import com.sun.net.httpserver.HttpServer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole HTTP request on loopback — client write, server parse, handler, response, client read — through the
 * JDK's {@code HttpServer} (with a worker pool, as the example shop runs it) and through embedded Jetty 12 with
 * one servlet. This class forks without the agent; {@link HttpRequestWithAgentBenchmark} runs the same requests in
 * forks with {@code -javaagent}, where every request is an HTTP unit, so the difference per operation is what the
 * agent adds to a real request. Run with {@code -prof gc}: the client allocates nothing per request, so bytes per
 * operation are the server's (and, with the agent, the agent's).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = HttpRequestBenchmark.NO_DELAY)
public class HttpRequestBenchmark {
    /**
     * The JDK server writes headers and body in two segments; without TCP_NODELAY, Nagle's algorithm and the
     * client's delayed ACK hold every response for ~40 ms, and the benchmark would measure that wait.
     */
    static final String NO_DELAY = "-Dsun.net.httpserver.nodelay=true";

    private static final byte[] BODY = "{\"ok\":true}".getBytes(StandardCharsets.US_ASCII);

    @Param({"jdk", "jetty"})
    public String server;

    private HttpServer jdk;
    private ExecutorService workers;
    private Server jetty;
    private LoopbackClient client;

    @Setup(Level.Trial)
    public void start() throws Exception {
        int port = "jdk".equals(server) ? startJdk() : startJetty();
        client = new LoopbackClient(port, "/orders/42");
        if (client.get() != 200) {
            throw new IllegalStateException("the " + server + " server did not answer 200");
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        client.close();
        if (jdk != null) {
            jdk.stop(0);
            workers.shutdownNow();
        }
        if (jetty != null) {
            jetty.stop();
        }
    }

    @Benchmark
    public int request() throws IOException {
        return client.get();
    }

    private int startJdk() throws IOException {
        jdk = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        workers = Executors.newFixedThreadPool(2);
        jdk.setExecutor(workers);
        jdk.createContext("/orders", exchange -> {
            exchange.sendResponseHeaders(200, BODY.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(BODY);
            }
        });
        jdk.start();
        return jdk.getAddress().getPort();
    }

    private int startJetty() throws Exception {
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty, 1, 1);
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(OrderServlet.class, "/orders/*");
        jetty.setHandler(context);
        jetty.start();
        return connector.getLocalPort();
    }

    /** The servlet: a fixed small JSON body. */
    public static final class OrderServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setStatus(200);
            response.setContentType("application/json");
            response.setContentLength(BODY.length);
            response.getOutputStream().write(BODY);
        }
    }
}
