package dev.sci4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.grid.FactorTable;
import dev.sci4j.grid.GridFactor;
import dev.sci4j.input.InputFiles;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.model.Sci;
import dev.sci4j.score.IntensityInput;
import dev.sci4j.score.Scoring;
import dev.sci4j.score.UnitScores;
import dev.sci4j.units.Durations;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.jar.JarFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sci4j demo}: measures an example service end to end, the shop by default or the AI-inference example
 * ({@code --example ai-inference}). Starts it with the agent on a free loopback port, drives a bounded load,
 * stops it (the agent writes its final measurement at shutdown), and computes the SCI per unit kind and overall
 * with the default grid factor (Taiwan, the latest year of the official series); for the AI example also per
 * 1,000 tokens as its procurement profile defines the unit ({@link TokensScore}).
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Measure an example service end to end: start it with the sci4j agent, drive loopback load,",
            "and print the SCI per endpoint and overall (gCO2e per request); with --example ai-inference",
            "also per 1,000 tokens under tw-ai-inference-per-1k-tokens, GPU measured or CPU only.",
            "./sci4j builds the agent and the example first when they are missing or stale."
        })
final class DemoCommand implements Callable<Integer> {
    static final String REGION = "TW";

    @Spec
    CommandSpec spec;

    @Option(
            names = "--example",
            paramLabel = "NAME",
            defaultValue = DemoExample.SHOP,
            description = "The example to measure: shop (default) or ai-inference (its model in the JVM, with"
                    + " gpu.units=tokens; no Python or GPU needed).")
    String example;

    @Option(
            names = "--duration",
            paramLabel = "DURATION",
            defaultValue = "20s",
            description = "How long to drive load, e.g. 10s, 1min (default: ${DEFAULT-VALUE}; at most 10min).")
    String duration;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "2",
            description = "Concurrent loopback clients (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(
            names = "--work",
            paramLabel = "ROUNDS",
            description = "The shop's SHA-256 rounds per request of its cheapest endpoint (default: "
                    + DemoRun.BASE_ROUNDS + "); another value is another configuration of the service, e.g. --work"
                    + " 40000 does twice the work per request. Not for ai-inference.")
    Integer work;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Where the agent writes the measurement (default: sci4j-demo/measurement-<time>.json).")
    Path output;

    @Option(
            names = "--agent-jar",
            paramLabel = "JAR",
            description = "The sci4j agent (default: agent/target/sci4j-agent.jar of the sci4j checkout).")
    Path agentJar;

    @Option(
            names = "--shop-jar",
            paramLabel = "JAR",
            description = "The example shop (default: examples/shop/target/shop.jar of the sci4j checkout).")
    Path shopJar;

    @Option(
            names = "--ai-jar",
            paramLabel = "JAR",
            description = "The AI-inference example (default: examples/ai-inference/target/ai-inference.jar of the"
                    + " sci4j checkout).")
    Path aiJar;

    @Option(names = "--json", description = "Print JSON with full precision instead of the explained table.")
    boolean json;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Duration load = Durations.parse(duration, "--duration");
        if (load.isZero() || load.isNegative() || load.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new InvalidInputException("--duration must be more than 0 and at most 10min, was " + duration);
        }
        DemoExample chosen = example(example, work);
        if (concurrency < 1 || concurrency > 64) {
            throw new InvalidInputException("--concurrency must be 1 to 64, was " + concurrency);
        }
        Path agent = existing(agentJar, "agent/target/sci4j-agent.jar", "--agent-jar");
        boolean ai = chosen.name().equals(DemoExample.AI_INFERENCE);
        Path jar =
                ai ? existing(aiJar, chosen.jarPath(), "--ai-jar") : existing(shopJar, chosen.jarPath(), "--shop-jar");
        OutputFiles.check("--output", output, OutputFiles.inputs(agent, jar));
        Path measurement = (output != null ? output : defaultOutput()).toAbsolutePath();
        Files.createDirectories(measurement.getParent());
        PrintWriter err = spec.commandLine().getErr();
        err.println("sci4j demo: starting the " + (ai ? "ai-inference example" : "shop") + " with the agent; load for "
                + duration + " ...");
        JsonNode loadResult = DemoRun.run(chosen, agent, jar, measurement, load, concurrency, err);
        GridFactor factor = latestOfficialFactor();
        IntensityInput intensity = IntensityInput.table(REGION, factor.year(), null);
        UnitScores scores = Scoring.scoreUnits(List.of(measurement), intensity, null, Sci.NO_PUE);
        UnitScoresOutput.warn(err, scores);
        print(scores, ai ? TokensScore.of(measurement, intensity) : null, factor, measurement, loadResult);
        return Main.OK;
    }

    /** The example asked for; {@code --work} (null when not given) is the shop's only. */
    static DemoExample example(String name, Integer work) {
        switch (name) {
            case DemoExample.SHOP:
                int rounds = work == null ? DemoRun.BASE_ROUNDS : work;
                if (rounds < 1 || rounds > 10_000_000) {
                    throw new InvalidInputException("--work must be 1 to 10000000 rounds, was " + rounds);
                }
                return DemoExample.shop(rounds);
            case DemoExample.AI_INFERENCE:
                if (work != null) {
                    throw new InvalidInputException("--work is the shop's; the ai-inference example has no --work");
                }
                return DemoExample.aiInference();
            default:
                throw new InvalidInputException("--example is " + DemoExample.SHOP + " or " + DemoExample.AI_INFERENCE
                        + ", not '" + name + "'");
        }
    }

    private void print(
            UnitScores scores, TokensScore tokensOrNull, GridFactor factor, Path measurement, JsonNode loadResult) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = UnitScoresOutput.json(scores);
            if (tokensOrNull != null) {
                n.set("perThousandTokens", tokensOrNull.toJson());
            }
            n.put("measurementFile", measurement.toString());
            n.set("load", loadResult);
            n.put("gridFactor", describe(factor));
            JsonOutput.print(out, n);
            return;
        }
        UnitScoresOutput.explain(out, scores);
        out.println();
        if (tokensOrNull != null) {
            tokensOrNull.explain(out);
            out.println();
        }
        out.println("Grid factor: " + describe(factor));
        out.println("Load: " + loadResult);
        out.println("Measurement file: " + measurement);
        out.println("Score it again: ./sci4j score --measurement " + measurement + " --region " + REGION + " --year "
                + factor.year()
                + (tokensOrNull == null
                        ? ""
                        : " --units "
                                + Explain.plain(tokensOrNull.result().score().functionalUnits()) + " --unit-name "
                                + tokensOrNull.result().unitName()));
    }

    private static String describe(GridFactor f) {
        return f.region() + " " + f.year() + ", " + f.intensity().gramsPerKwh() + " gCO2e/kWh from " + f.publisher()
                + " (the latest year of the default official series; "
                + (f.verified() ? "verified" : "NOT verified against the publisher") + ")";
    }

    /** Taiwan's default (official) series, latest year: the demo's disclosed default. */
    static GridFactor latestOfficialFactor() {
        FactorTable table = FactorTable.bundled();
        List<Integer> years = table.years(REGION, null);
        return table.lookup(
                REGION, years.stream().mapToInt(Integer::intValue).max().orElseThrow(), null);
    }

    private static Path defaultOutput() {
        return Path.of(
                "sci4j-demo",
                "measurement-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json");
    }

    /** The given jar, or the default under the sci4j checkout ({@code sci4j.home}, set by ./sci4j). */
    private static Path existing(Path given, String defaultPath, String option) {
        Path jar = given != null
                ? given
                : Path.of(System.getProperty("sci4j.home", ".")).resolve(defaultPath);
        if (!Files.isRegularFile(jar)) {
            throw new InvalidInputException(option + ": " + jar + " does not exist; run the demo through ./sci4j (it"
                    + " builds it), or build it: mvn -B -pl agent,examples/shop,examples/ai-inference -am package"
                    + " -DskipTests");
        }
        try (JarFile opened = new JarFile(jar.toFile())) {
            if (opened.getManifest() == null) {
                throw new InvalidInputException(option + ": " + jar + " is a jar without a manifest; give "
                        + defaultPath.substring(defaultPath.lastIndexOf('/') + 1) + " as built by sci4j");
            }
        } catch (IOException e) {
            throw new InvalidInputException(
                    option + ": " + jar + " is not a jar file (" + InputFiles.describe(e) + ")", e);
        }
        return jar;
    }
}
