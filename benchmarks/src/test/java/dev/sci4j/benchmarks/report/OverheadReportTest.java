package dev.sci4j.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverheadReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theHttpFiguresAreTheWorseServerPerParameterAndShortJvmsArePaired() throws Exception {
        Files.writeString(
                dir.resolve("jmh.json"),
                "["
                        + http("HttpRequestBenchmark", "jdk", 30_000, 20_000)
                        + ","
                        + http("HttpRequestWithAgentBenchmark", "jdk", 30_400, 20_000.4)
                        + ","
                        + http("HttpRequestBenchmark", "jetty", 80_000, 2_000)
                        + ","
                        + http("HttpRequestWithAgentBenchmark", "jetty", 81_500, 2_160)
                        + "]");
        Files.writeString(dir.resolve("load.json"), "{}");
        Files.writeString(
                dir.resolve("short.json"),
                "{\"baseline\":[{\"wallMillis\":150},{\"wallMillis\":160}],"
                        + "\"agent\":[{\"wallMillis\":400},{\"wallMillis\":450}]}");

        JsonNode report = run();

        assertThat(report.at("/httpRequestOverheadNs/value").asDouble()).isEqualTo(1_500);
        assertThat(report.at("/httpRequestOverheadNs/pass").asBoolean()).isFalse();
        assertThat(report.at("/httpRequestOverheadNsByServer/jdk").asDouble()).isEqualTo(400);
        assertThat(report.at("/httpRequestAllocBytes/value").asDouble()).isEqualTo(160);
        assertThat(report.at("/shortJvmDeltaMs/pairs").toString()).isEqualTo("[250.0,290.0]");
        assertThat(report.at("/shortJvmDeltaMs/pass").asBoolean()).isFalse();
        assertThat(report.at("/shortJvmDeltaMs/target").asDouble()).isEqualTo(150);
    }

    @Test
    void theHttpTimeIsJudgedOnTheIntervalOfTheDifferenceNotOnItsSign() throws Exception {
        Files.writeString(dir.resolve("load.json"), "{}");
        Files.writeString(dir.resolve("short.json"), "{}");
        writeHttp(30_000, 200, 30_400, 200, 80_000, 300, 80_100, 400); // worse: 400 ± 283
        assertThat(run().at("/httpRequestOverheadNs/pass").asBoolean()).isTrue();

        writeHttp(30_000, 200, 30_400, 200, 80_000, 1_000, 81_500, 1_000); // worse: 1,500 ± 1,414
        JsonNode straddles = run();
        assertThat(straddles.at("/httpRequestOverheadNs/value").asDouble()).isEqualTo(1_500);
        assertThat(straddles.at("/httpRequestOverheadNs/pass").isNull()).isTrue();
        assertThat(straddles.at("/httpRequestOverheadNs/note").asText()).startsWith("inconclusive");

        writeHttp(60_000, 5_000, 50_000, 5_000, 80_000, 100, 73_000, 100); // the agent "faster": noise
        assertThat(run().at("/httpRequestOverheadNs/pass").isNull()).isTrue();

        writeHttp(30_000, 100, 33_000, 100, 80_000, 100, 80_000, 100); // 3,000 ± 141 on the JDK server
        assertThat(run().at("/httpRequestOverheadNs/pass").asBoolean()).isFalse();
    }

    private void writeHttp(
            double jdk,
            double jdkError,
            double jdkAgent,
            double jdkAgentError,
            double jetty,
            double jettyError,
            double jettyAgent,
            double jettyAgentError)
            throws Exception {
        Files.writeString(
                dir.resolve("jmh.json"),
                "[" + timed("HttpRequestBenchmark", "jdk", jdk, jdkError) + ","
                        + timed("HttpRequestWithAgentBenchmark", "jdk", jdkAgent, jdkAgentError) + ","
                        + timed("HttpRequestBenchmark", "jetty", jetty, jettyError) + ","
                        + timed("HttpRequestWithAgentBenchmark", "jetty", jettyAgent, jettyAgentError) + "]");
    }

    private static String timed(String benchmark, String server, double ns, double error) {
        return "{\"benchmark\":\"dev.sci4j.benchmarks.http." + benchmark + ".request\",\"params\":{\"server\":\""
                + server + "\"},\"primaryMetric\":{\"score\":" + ns + ",\"scoreError\":" + error + "}}";
    }

    @Test
    void aServerWhoseBenchmarkDidNotRunLeavesTheHttpFiguresNotMeasured() throws Exception {
        Files.writeString(
                dir.resolve("jmh.json"),
                "[" + http("HttpRequestBenchmark", "jdk", 30_000, 20_000) + ","
                        + http("HttpRequestWithAgentBenchmark", "jdk", 30_400, 20_000) + "]");
        Files.writeString(dir.resolve("load.json"), "{}");
        Files.writeString(dir.resolve("short.json"), "{}");

        JsonNode report = run();

        assertThat(report.at("/httpRequestOverheadNs/value").isNull()).isTrue();
        assertThat(report.at("/httpRequestOverheadNs/note").asText()).startsWith("not measured");
        assertThat(report.at("/shortJvmDeltaMs/value").isNull()).isTrue();
    }

    private JsonNode run() throws Exception {
        PrintStream out = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            OverheadReport.main(new String[] {
                dir.resolve("jmh.json").toString(),
                dir.resolve("load.json").toString(),
                dir.resolve("short.json").toString(),
                dir.resolve("overhead.json").toString(),
                "10",
                "true"
            });
        } finally {
            System.setOut(out);
        }
        return JSON.readTree(dir.resolve("overhead.json").toFile());
    }

    private static String http(String benchmark, String server, double ns, double bytes) {
        return "{\"benchmark\":\"dev.sci4j.benchmarks.http." + benchmark + ".request\",\"params\":{\"server\":\""
                + server + "\"},\"primaryMetric\":{\"score\":" + ns + "},\"secondaryMetrics\":"
                + "{\"gc.alloc.rate.norm\":{\"score\":" + bytes + "}}}";
    }
}
