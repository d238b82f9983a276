package dev.sci4j.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.sci4j.input.InvalidInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HttpPrometheusApiTest {
    private static final Instant T0 = Instant.parse("2024-06-01T00:00:00Z");
    private static final Duration STEP = Duration.ofMinutes(1);
    private static final RangeGrid GRID = new RangeGrid(T0, T0.plus(STEP.multipliedBy(2)), STEP);
    private static final String Q = "m{job=\"shop\"}";

    @Test
    void readsTheMatrixWithLabelsTimesAndValues() throws IOException {
        try (FakePrometheus fake = FakePrometheus.start()) {
            fake.series(Q, "{\"instance\":\"a:1\",\"job\":\"shop\"}", T0, STEP, 1.5, null, 4.25);
            List<RangeSeries> result = api(fake.url()).queryRange(Q, GRID);

            assertThat(result).hasSize(1);
            assertThat(result.get(0).label("instance")).isEqualTo("a:1");
            assertThat(result.get(0).label("absent")).isEmpty();
            // The fake, like Prometheus, repeats the latest sample within the lookback at 00:01.
            assertThat(result.get(0).samples())
                    .containsExactly(
                            new RangeSeries.Sample(T0, 1.5),
                            new RangeSeries.Sample(T0.plus(STEP), 1.5),
                            new RangeSeries.Sample(T0.plus(STEP.multipliedBy(2)), 4.25));
            assertThat(fake.queries()).containsExactly(Q);
        }
    }

    @Test
    void keepsAPathPrefixOfTheBaseUrl() throws IOException {
        try (FakePrometheus fake = FakePrometheus.start()) {
            fake.series(Q, "{}", T0, STEP, 1.0);
            assertThat(api(fake.url() + "/prometheus").queryRange(Q, GRID)).hasSize(1);
        }
    }

    @Test
    void anHttpErrorNamesTheQueryAndTheServersReason() throws IOException {
        try (FakePrometheus fake = FakePrometheus.start()) {
            fake.answer(400, "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"parse error at char 3\"}");
            assertThatThrownBy(() -> api(fake.url()).queryRange(Q, GRID))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(Q)
                    .hasMessageContaining("HTTP 400")
                    .hasMessageContaining("parse error at char 3");
        }
    }

    @Test
    void aBodyThatIsNotJsonIsReportedAsSuch() throws IOException {
        try (FakePrometheus fake = FakePrometheus.start()) {
            fake.answer(200, "<html>login</html>");
            assertThatThrownBy(() -> api(fake.url()).queryRange(Q, GRID))
                    .hasMessageContaining("not JSON")
                    .hasMessageContaining(Q);
        }
    }

    @Test
    void anUnreachableServerNamesTheQuery() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThatThrownBy(() -> api("http://127.0.0.1:" + port).queryRange(Q, GRID))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot connect")
                .hasMessageContaining(Q);
    }

    @Test
    @Timeout(30) // without the limit the body is read until the heap is exhausted: fail instead of hanging
    void anEndlessAnswerStopsAtTheSizeLimitNamingTheServerAndTheLimit() throws IOException {
        try (Endless server = Endless.start(0)) {
            HttpPrometheusApi api =
                    new HttpPrometheusApi(URI.create(server.url()), Duration.ofSeconds(60), 1024 * 1024);

            assertThatThrownBy(() -> api.queryRange(Q, GRID))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(server.url())
                    .hasMessageContaining("larger than 1 MiB")
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    @Timeout(30)
    void anAnswerTricklingForeverStopsAtTheTimeoutNamingTheServerAndTheLimit() throws IOException {
        try (Endless server = Endless.start(50)) {
            HttpPrometheusApi api = HttpPrometheusApi.of(server.url(), Duration.ofSeconds(1));
            long start = System.nanoTime();

            assertThatThrownBy(() -> api.queryRange(Q, GRID))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(server.url())
                    .hasMessageContaining("within 1000 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
    }

    /** A server whose answer to every request is a 200 with a chunked body that never ends. */
    private static final class Endless implements AutoCloseable {
        private final HttpServer server;

        private Endless(HttpServer server) {
            this.server = server;
        }

        /** Writes 8 KiB chunks, pausing {@code pauseMs} between them (0: as fast as the client reads). */
        static Endless start(long pauseMs) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "endless-body");
                t.setDaemon(true);
                return t;
            }));
            server.createContext("/", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, 0); // chunked, no length
                byte[] chunk = ("[" + "0,".repeat(4095)).getBytes(StandardCharsets.US_ASCII);
                try (OutputStream out = exchange.getResponseBody()) {
                    while (true) { // until the client hangs up, which makes the write fail
                        out.write(chunk);
                        out.flush();
                        if (pauseMs > 0) {
                            Thread.sleep(pauseMs);
                        }
                    }
                } catch (IOException e) {
                    // the client stopped reading: done
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            server.start();
            return new Endless(server);
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    void rejectsUrlsThatAreNotHttp() {
        assertThatThrownBy(() -> HttpPrometheusApi.of("localhost:9090", Duration.ofSeconds(1)))
                .hasMessageContaining("--prometheus");
        assertThatThrownBy(() -> HttpPrometheusApi.of("http://exa mple", Duration.ofSeconds(1)))
                .hasMessageContaining("--prometheus");
    }

    @Test
    void writesTimesAsDecimalSeconds() {
        assertThat(HttpPrometheusApi.seconds(Instant.parse("2024-06-01T00:00:00.250Z")))
                .isEqualTo("1717200000.25");
        assertThat(HttpPrometheusApi.seconds(Duration.ofMinutes(5))).isEqualTo("300");
    }

    private static HttpPrometheusApi api(String url) {
        return HttpPrometheusApi.of(url, Duration.ofSeconds(5));
    }
}
