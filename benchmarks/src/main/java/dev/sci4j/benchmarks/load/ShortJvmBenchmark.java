package dev.sci4j.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.rules.json.JsonMappers;
import dev.sci4j.rules.json.JsonStrictness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A short-lived JVM: the wall time of a {@link TrivialMain} (prints one line and returns) from launch to exit,
 * without and with the agent, in interleaved pairs whose order alternates (baseline first, then agent first), so
 * drift and the file cache hit both alike. What a test JVM, a CLI or a batch step pays for the agent's start, its
 * first file and its final write at exit. Usage: {@code ShortJvmBenchmark CLASS_PATH AGENT_JAR OUT_JSON PAIRS}.
 * Writes {@code {"baseline":[{"wallMillis":…}], "agent":[…]}} in pair order.
 */
public final class ShortJvmBenchmark {
    private static final ObjectMapper MAPPER = JsonMappers.json(JsonStrictness.LENIENT);

    private ShortJvmBenchmark() {}

    public static void main(String[] args) throws Exception {
        String classPath = args[0];
        Path agentJar = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int pairs = Integer.parseInt(args[3]);
        Path measurement = out.toAbsolutePath().getParent().resolve("short-jvm-measurement.json");

        run(classPath, null, measurement); // one untimed launch of each: the OS file cache, the agent's jar cache
        run(classPath, agentJar, measurement);
        List<Double> baseline = new ArrayList<>();
        List<Double> agent = new ArrayList<>();
        for (int pair = 0; pair < pairs; pair++) {
            if (pair % 2 == 0) {
                baseline.add(run(classPath, null, measurement));
                agent.add(run(classPath, agentJar, measurement));
            } else {
                agent.add(run(classPath, agentJar, measurement));
                baseline.add(run(classPath, null, measurement));
            }
            System.err.printf(
                    Locale.ROOT,
                    "short JVM pair %d: baseline %.0f ms, agent %.0f ms%n",
                    pair + 1,
                    baseline.get(pair),
                    agent.get(pair));
        }
        ObjectNode result = MAPPER.createObjectNode();
        result.put("pairs", pairs);
        result.set("baseline", runs(baseline));
        result.set("agent", runs(agent));
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), "short-jvm", ".tmp");
        MAPPER.writeValue(tmp.toFile(), result);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static ArrayNode runs(List<Double> wallMillis) {
        ArrayNode a = MAPPER.createArrayNode();
        wallMillis.forEach(ms -> a.addObject().put("wallMillis", ms));
        return a;
    }

    /** Launch to exit of one JVM, milliseconds; the agent's measurement file must exist afterwards. */
    private static double run(String classPath, Path agentJarOrNull, Path measurement)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (agentJarOrNull != null) {
            Files.deleteIfExists(measurement);
            cmd.add("-javaagent:" + agentJarOrNull + "=output=" + measurement);
        }
        cmd.addAll(List.of("-cp", classPath, TrivialMain.class.getName()));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("a trivial JVM did not exit within 60 s: " + cmd);
        }
        double millis = (System.nanoTime() - start) / 1e6;
        if (agentJarOrNull != null && !Files.exists(measurement)) {
            throw new IOException("the agent left no measurement file: " + cmd);
        }
        return millis;
    }
}
