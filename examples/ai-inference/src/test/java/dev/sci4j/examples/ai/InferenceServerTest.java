package dev.sci4j.examples.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InferenceServerTest {
    private InferenceServer server;
    private URI base;

    @BeforeEach
    void start() throws IOException {
        server = InferenceServer.start(0, 2, new CpuGenerator(ModelWeights.generate(64)));
        base = URI.create("http://127.0.0.1:" + server.port());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aCompletionAnswersTheGeneratedTextAndItsTokenUsage() throws IOException {
        HttpURLConnection c = post("{\"prompt\":\"Hello\",\"max_tokens\":7}");
        assertThat(c.getResponseCode()).isEqualTo(200);
        String answer = read(c.getInputStream());
        assertThat(answer)
                .matches("\\{\"model\":\"sci4j-tiny-char\",\"text\":\".{7,14}\",\"usage\":\\{\"prompt_tokens\":5,"
                        + "\"completion_tokens\":7,\"total_tokens\":12}}");
    }

    @Test
    void badRequestsAreRefusedWithTheReason() throws IOException {
        HttpURLConnection c = post("{\"prompt\":1}");
        assertThat(c.getResponseCode()).isEqualTo(400);
        assertThat(read(c.getErrorStream())).contains("prompt");

        HttpURLConnection get =
                (HttpURLConnection) base.resolve("/v1/completions").toURL().openConnection();
        assertThat(get.getResponseCode()).isEqualTo(405);
    }

    @Test
    void theLoadDriverAddsUpTheTokensOfEverySuccessfulRequest() throws Exception {
        LoadDriver.Result r = LoadDriver.run(base, 1.0, 2, 10);
        assertThat(r.errors).isZero();
        assertThat(r.ok).isPositive();
        // Each request counts its prompt's characters (one token each) plus the 10 generated.
        int shortest =
                LoadDriver.PROMPTS.stream().mapToInt(String::length).min().orElseThrow();
        int longest = LoadDriver.PROMPTS.stream().mapToInt(String::length).max().orElseThrow();
        assertThat(r.tokens).isBetween(r.ok * (shortest + 10), r.ok * (longest + 10));
        assertThat(r.toJson()).contains("\"tokens\":" + r.tokens);
    }

    @Test
    void healthAnswersJsonOk() throws IOException {
        HttpURLConnection c =
                (HttpURLConnection) base.resolve("/health").toURL().openConnection();
        assertThat(c.getResponseCode()).isEqualTo(200);
        assertThat(c.getContentType()).startsWith("application/json");
        assertThat(read(c.getInputStream())).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void theLoadDriverRefusesNonLoopbackTargets() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> LoadDriver.run(URI.create("http://192.0.2.1:80"), 1, 1, 10))
                .hasMessageContaining("loopback");
    }

    @Test
    void aPythonWorkerThatCannotStartLeavesTheServiceCpuOnlySaidOnce() throws Exception {
        Options o = Options.parse("--worker", "python", "--python", "/nonexistent/python3", "--hidden", "16");
        PrintStream original = System.out;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        TokenGenerator generator;
        System.setOut(new PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            generator = Options.generator(o);
        } finally {
            System.setOut(original);
        }
        assertThat(generator).isInstanceOf(CpuGenerator.class);
        assertThat(said.toString(StandardCharsets.UTF_8))
                .startsWith("[ai-inference] CPU only: ")
                .containsOnlyOnce("CPU only");
    }

    private HttpURLConnection post(String body) throws IOException {
        HttpURLConnection c =
                (HttpURLConnection) base.resolve("/v1/completions").toURL().openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        try (OutputStream out = c.getOutputStream()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
        return c;
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
