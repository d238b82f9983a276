package dev.sci4j.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sci4j.rules.json.JsonMappers;
import dev.sci4j.rules.json.JsonStrictness;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The agent's benchmark figures bundled with this calculator, by agent version ({@value #RESOURCE}: a copy of
 * {@code benchmarks/target/overhead.json} of the latest full run). A version that is not listed was not
 * benchmarked, and reports say so instead of borrowing another version's figures. Immutable and thread-safe.
 */
public final class AgentBenchmarks {
    /** Class-path location of the bundled figures. */
    public static final String RESOURCE = "/dev/sci4j/report/agent-overhead.json";

    private static final ObjectMapper MAPPER = JsonMappers.json(JsonStrictness.STRICT);

    private final Map<String, AgentBenchmark> byVersion;

    /** Figures for the given versions only; tests use it to stand in for the bundled file. */
    public AgentBenchmarks(Map<String, AgentBenchmark> byVersion) {
        this.byVersion = Map.copyOf(byVersion);
    }

    /** The figures bundled with this build. */
    public static AgentBenchmarks bundled() {
        return Bundled.INSTANCE;
    }

    /** The figures for {@code agentVersion}; empty when that version was not benchmarked. */
    public Optional<AgentBenchmark> forVersion(String agentVersion) {
        return Optional.ofNullable(byVersion.get(agentVersion));
    }

    /** Reads a file in the bundled format. */
    static AgentBenchmarks parse(JsonNode root) {
        Map<String, AgentBenchmark> out = new HashMap<>();
        root.path("agents").fields().forEachRemaining(e -> {
            JsonNode a = e.getValue();
            Map<String, Double> figures = new HashMap<>();
            a.path("figures")
                    .fields()
                    .forEachRemaining(f -> figures.put(
                            f.getKey(),
                            f.getValue().isNull() ? null : f.getValue().asDouble()));
            out.put(
                    e.getKey(),
                    new AgentBenchmark(
                            e.getKey(),
                            a.path("generatedAt").asText(null),
                            a.path("machine").asText(null),
                            figures));
        });
        return new AgentBenchmarks(out);
    }

    /** Loaded once, on first use: the file is part of the build and cannot change while it runs. */
    private static final class Bundled {
        static final AgentBenchmarks INSTANCE = load();

        private static AgentBenchmarks load() {
            try (InputStream in = AgentBenchmarks.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from this build");
                }
                return parse(MAPPER.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
