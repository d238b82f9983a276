package dev.sci4j.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sci4j.input.InvalidInputException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

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
