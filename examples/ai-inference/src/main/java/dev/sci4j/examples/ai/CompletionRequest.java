package dev.sci4j.examples.ai;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of {@code POST /v1/completions}: a flat JSON object {@code {"prompt": "...", "max_tokens": 64}} (other
 * members of string, number, boolean or null value are ignored, as an OpenAI-style server ignores options it
 * does not support). Validated on construction; immutable.
 */
public final class CompletionRequest {
    public static final int MAX_PROMPT_CHARS = 4096;
    public static final int MAX_TOKENS = 1024;
    public static final int DEFAULT_MAX_TOKENS = 64;

    private final String prompt;
    private final int maxTokens;

    /**
     * @param prompt    the input text, at most {@link #MAX_PROMPT_CHARS} characters
     * @param maxTokens tokens to generate, 1 to {@link #MAX_TOKENS}
     */
    public CompletionRequest(String prompt, int maxTokens) {
        if (prompt == null || prompt.length() > MAX_PROMPT_CHARS) {
            throw new IllegalArgumentException(
                    "prompt must be a string of at most " + MAX_PROMPT_CHARS + " characters");
        }
        if (maxTokens < 1 || maxTokens > MAX_TOKENS) {
            throw new IllegalArgumentException("max_tokens must be 1 to " + MAX_TOKENS + ", not " + maxTokens);
        }
        this.prompt = prompt;
        this.maxTokens = maxTokens;
    }

    public String prompt() {
        return prompt;
    }

    public int maxTokens() {
        return maxTokens;
    }

    /** Parses a request body; {@link IllegalArgumentException} with a one-line reason when it is not one. */
    public static CompletionRequest parse(String json) {
        Map<String, Object> members = new FlatJson(json).object();
        Object prompt = members.get("prompt");
        if (!(prompt instanceof String)) {
            throw new IllegalArgumentException("\"prompt\" (a string) is required");
        }
        Object max = members.getOrDefault("max_tokens", (double) DEFAULT_MAX_TOKENS);
        if (!(max instanceof Double) || (Double) max != Math.rint((Double) max)) {
            throw new IllegalArgumentException("\"max_tokens\" must be an integer");
        }
        return new CompletionRequest((String) prompt, (int) Math.max(-1, Math.min(Integer.MAX_VALUE, (Double) max)));
    }

    /** A strict reader for one flat JSON object; enough for this API, no library in the example. */
    private static final class FlatJson {
        private final String s;
        private int at;

        FlatJson(String s) {
            this.s = s;
        }

        Map<String, Object> object() {
            Map<String, Object> members = new LinkedHashMap<>();
            expect('{');
            if (peek() == '}') {
                at++;
            } else {
                do {
                    String key = string();
                    expect(':');
                    if (members.put(key, value()) != null) {
                        throw problem("duplicate member \"" + key + "\"");
                    }
                } while (consume(','));
                expect('}');
            }
            if (peek() != 0) {
                throw problem("trailing content");
            }
            return members;
        }

        private Object value() {
            char c = peek();
            if (c == '"') {
                return string();
            }
            for (String literal : new String[] {"true", "false", "null"}) {
                if (s.startsWith(literal, at)) {
                    at += literal.length();
                    return literal.equals("null") ? null : Boolean.valueOf(literal);
                }
            }
            int start = at;
            while (at < s.length() && "+-0123456789.eE".indexOf(s.charAt(at)) >= 0) {
                at++;
            }
            try {
                return Double.valueOf(s.substring(start, at));
            } catch (NumberFormatException e) {
                throw problem("a value must be a string, number, boolean or null");
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (at < s.length()) {
                char c = s.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (at >= s.length()) {
                    break;
                }
                char e = s.charAt(at++);
                int simple = "\"\\/bfnrt".indexOf(e);
                if (simple >= 0) {
                    out.append("\"\\/\b\f\n\r\t".charAt(simple));
                } else if (e == 'u' && at + 4 <= s.length()) {
                    try {
                        out.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
                    } catch (NumberFormatException x) {
                        throw problem("bad \\u escape");
                    }
                    at += 4;
                } else {
                    throw problem("bad escape \\" + e);
                }
            }
            throw problem("unterminated string");
        }

        private char peek() {
            while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
                at++;
            }
            return at < s.length() ? s.charAt(at) : 0;
        }

        private boolean consume(char c) {
            if (peek() == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!consume(c)) {
                throw problem("expected '" + c + "'");
            }
        }

        private IllegalArgumentException problem(String what) {
            return new IllegalArgumentException("request body is not a flat JSON object: " + what + " at offset " + at);
        }
    }
}
