package dev.sci4j.agent.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PrometheusEndpointTest {
    private static final String METRICS = "# TYPE up gauge\nup 1\n";

    @Test
    void aSlowlorisClientSendingAPartialRequestDoesNotBlockScrapes() throws Exception {
        try (PrometheusEndpoint endpoint = PrometheusEndpoint.start("127.0.0.1", 0, () -> METRICS);
                Socket slow = new Socket("127.0.0.1", endpoint.port())) {
            OutputStream partial = slow.getOutputStream();
            partial.write("GET /metrics HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
            partial.flush(); // ... and nothing more, for as long as the test runs

            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/metrics"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).isEqualTo(METRICS);
            }
        }
    }

    @Test
    void moreIdleConnectionsThanSlotsDoNotBlockScrapes() throws Exception {
        List<Socket> idle = new ArrayList<>();
        try (PrometheusEndpoint endpoint = PrometheusEndpoint.start("127.0.0.1", 0, () -> METRICS)) {
            for (int i = 0; i < PrometheusEndpoint.MAX_CONNECTIONS * 2; i++) {
                Socket socket = new Socket("127.0.0.1", endpoint.port()); // same address as the scraper
                if (i % 2 == 0) { // half send a partial head, half nothing at all
                    socket.getOutputStream().write("GET /metrics HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                idle.add(socket);
            }
            Thread.sleep(200); // let the endpoint accept them all, so every slot is held by an idle client

            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();

                assertThat(status(endpoint, "GET /metrics HTTP/1.1")).isEqualTo("HTTP/1.1 200 OK");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
                idle.add(new Socket("127.0.0.1", endpoint.port())); // and the attacker refills the slot
            }
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
    }

    @Test
    void aNewConnectionNeverEvictsOneWhoseRequestIsBeingServed() throws Exception {
        CountDownLatch scraping = new CountDownLatch(PrometheusEndpoint.MAX_CONNECTIONS);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<String> slowScrape = () -> {
            scraping.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return METRICS;
        };
        ExecutorService scrapers = Executors.newFixedThreadPool(PrometheusEndpoint.MAX_CONNECTIONS);
        try (PrometheusEndpoint endpoint = PrometheusEndpoint.start("127.0.0.1", 0, slowScrape)) {
            List<Future<String>> served = new ArrayList<>();
            for (int i = 0; i < PrometheusEndpoint.MAX_CONNECTIONS; i++) {
                served.add(scrapers.submit(() -> status(endpoint, "GET /metrics HTTP/1.1")));
            }
            assertThat(scraping.await(5, TimeUnit.SECONDS)).isTrue();

            try (Socket extra = new Socket("127.0.0.1", endpoint.port())) {
                extra.setSoTimeout(2000);
                assertThat(extra.getInputStream().read())
                        .as("refused at once, not queued")
                        .isEqualTo(-1);
            }
            release.countDown();
            for (Future<String> response : served) {
                assertThat(response.get(5, TimeUnit.SECONDS)).isEqualTo("HTTP/1.1 200 OK");
            }
        } finally {
            scrapers.shutdownNow();
        }
    }

    @Test
    void anIdleConnectionIsClosedAfterTheRequestTimeout() throws Exception {
        try (PrometheusEndpoint endpoint = PrometheusEndpoint.start("127.0.0.1", 0, () -> METRICS);
                Socket idle = new Socket()) {
            idle.connect(new InetSocketAddress("127.0.0.1", endpoint.port()));
            idle.setSoTimeout(PrometheusEndpoint.REQUEST_TIMEOUT_MS * 3);
            long start = System.nanoTime();

            int read = idle.getInputStream().read();

            assertThat(read).isEqualTo(-1);
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .isLessThan(Duration.ofMillis(PrometheusEndpoint.REQUEST_TIMEOUT_MS * 2L));
        }
    }

    @Test
    void onlyTheExactPathIsServed() throws Exception {
        try (PrometheusEndpoint endpoint = PrometheusEndpoint.start("127.0.0.1", 0, () -> METRICS)) {
            assertThat(status(endpoint, "GET /metrics HTTP/1.1")).isEqualTo("HTTP/1.1 200 OK");
            assertThat(status(endpoint, "GET /metrics?name[]=up HTTP/1.1")).isEqualTo("HTTP/1.1 200 OK");
            assertThat(status(endpoint, "GET /metricsfoo HTTP/1.1")).startsWith("HTTP/1.1 404");
            assertThat(status(endpoint, "GET /metrics/../admin HTTP/1.1")).startsWith("HTTP/1.1 404");
            assertThat(status(endpoint, "GET / HTTP/1.1")).startsWith("HTTP/1.1 404");
            assertThat(status(endpoint, "POST /metrics HTTP/1.1")).startsWith("HTTP/1.1 405");
        }
    }

    @Test
    void aRequestHeadLargerThanTheCapIsRefused() throws Exception {
        try (PrometheusEndpoint endpoint = PrometheusEndpoint.start("127.0.0.1", 0, () -> METRICS)) {
            String huge = "GET /metrics HTTP/1.1\r\nX: " + "a".repeat(PrometheusEndpoint.MAX_REQUEST_BYTES);

            assertThat(status(endpoint, huge)).startsWith("HTTP/1.1 431");
        }
    }

    private static String status(PrometheusEndpoint endpoint, String requestLine) throws IOException {
        try (Socket s = new Socket("127.0.0.1", endpoint.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            try {
                out.write((requestLine + "\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before a large request is sent whole
            }
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return response.lines().findFirst().orElse("");
        }
    }
}
