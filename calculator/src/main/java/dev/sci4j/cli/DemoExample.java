package dev.sci4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One example service the demo can run: how to start it (with the agent), how it says it is listening, and how
 * its load driver is called. Immutable.
 *
 * @param name         the {@code --example} value
 * @param jarPath      its jar, relative to the sci4j checkout
 * @param listening    its "listening" line; group 1 is the base URL
 * @param serverArgs   the service's arguments (a free loopback port)
 * @param agentOptions agent options beyond the output file and the sampling interval, starting with {@code ;}
 * @param driverClass  the load driver's main class, in the same jar
 * @param driverTail   the driver's arguments after {@code URL SECONDS CONCURRENCY}
 */
record DemoExample(
        String name,
        String jarPath,
        Pattern listening,
        List<String> serverArgs,
        String agentOptions,
        String driverClass,
        List<String> driverTail) {
    static final String SHOP = "shop";
    static final String AI_INFERENCE = "ai-inference";
    /** Tokens each AI request asks for: the README's measured configuration. */
    static final int AI_MAX_TOKENS = 64;

    DemoExample {
        serverArgs = List.copyOf(serverArgs);
        driverTail = List.copyOf(driverTail);
    }

    /** The example shop: three endpoints of 1:4:16 CPU work, {@code baseRounds} SHA-256 rounds the cheapest. */
    static DemoExample shop(int baseRounds) {
        return new DemoExample(
                SHOP,
                "examples/shop/target/shop.jar",
                Pattern.compile("shop listening on (http://127\\.0\\.0\\.1:\\d+)"),
                List.of("0", String.valueOf(baseRounds)),
                "",
                "dev.sci4j.examples.shop.LoadDriver",
                List.of("0", DemoRun.MIX));
    }

    /**
     * The AI-inference example, its model in the JVM, with all GPU energy (if the agent measures any) given to the
     * tokens it counts ({@code gpu.units=tokens}).
     */
    static DemoExample aiInference() {
        return new DemoExample(
                AI_INFERENCE,
                "examples/ai-inference/target/ai-inference.jar",
                Pattern.compile("ai-inference listening on (http://127\\.0\\.0\\.1:\\d+)"),
                List.of("--port", "0", "--threads", "2"),
                ";gpu.units=tokens",
                "dev.sci4j.examples.ai.LoadDriver",
                List.of(String.valueOf(AI_MAX_TOKENS)));
    }

    /** The load driver's arguments: {@code URL SECONDS CONCURRENCY} and this example's own. */
    List<String> driverArgs(String base, double seconds, int concurrency) {
        List<String> args = new ArrayList<>(
                List.of(base, String.format(Locale.ROOT, "%.3f", seconds), String.valueOf(concurrency)));
        args.addAll(driverTail);
        return args;
    }
}
