package dev.sci4j.prometheus;

import dev.sci4j.input.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label matchers a user gives to pick a service, e.g. {@code {job="shop",env="prod"}}, merged into each
 * metric query sci4j makes: {@code sci_energy_joules_total{scope="process"}} with {@code {job="shop"}} becomes
 * {@code sci_energy_joules_total{scope="process",job="shop"}}. Only label matchers are accepted (no metric name,
 * no functions), so the merge is always a valid selector. Immutable and thread-safe.
 *
 * @param matchers the matchers without braces, e.g. {@code job="shop"}; empty selects every series
 */
public record Selector(List<String> matchers) {
    /** name op "value" with the four PromQL operators and Go-style escapes in the value. */
    private static final Pattern MATCHER = Pattern.compile(
            "\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`)\\s*(,|$)");

    public Selector {
        matchers = List.copyOf(matchers);
    }

    /** Everything (no matchers). */
    public static Selector all() {
        return new Selector(List.of());
    }

    /** Parses {@code {job="shop"}} (the braces may be left out); null or blank selects everything. */
    public static Selector parse(String text) {
        if (text == null || text.isBlank()) {
            return all();
        }
        String body = text.trim();
        if (body.startsWith("{") != body.endsWith("}")) {
            throw invalid(text, "unbalanced braces");
        }
        if (body.startsWith("{")) {
            body = body.substring(1, body.length() - 1);
        }
        List<String> matchers = new ArrayList<>();
        Matcher m = MATCHER.matcher(body);
        int at = 0;
        while (at < body.length() && !body.substring(at).isBlank()) {
            if (!m.find(at) || m.start() != at) {
                throw invalid(
                        text,
                        "expected label matchers such as job=\"shop\" at '"
                                + body.substring(at).trim() + "'");
            }
            matchers.add(m.group(1) + m.group(2) + m.group(3));
            at = m.end();
        }
        return new Selector(matchers);
    }

    /** {@code metric{own…,selector…}}; {@code ownMatchers} are sci4j's, e.g. {@code scope="process"}. */
    public String apply(String metric, String... ownMatchers) {
        List<String> all = new ArrayList<>(List.of(ownMatchers));
        all.addAll(matchers);
        return metric + "{" + String.join(",", all) + "}";
    }

    @Override
    public String toString() {
        return "{" + String.join(",", matchers) + "}";
    }

    private static InvalidInputException invalid(String text, String problem) {
        return new InvalidInputException(
                "--selector '" + text + "' is not a PromQL label selector such as {job=\"shop\"}: " + problem);
    }
}
