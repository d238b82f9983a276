package dev.sci4j.sign;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sci4j.input.InvalidInputException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The canonical form of a JSON document that signatures cover, after RFC 8785 (JSON Canonicalization Scheme):
 * <ul>
 *   <li>object members sorted by name, comparing UTF-16 code units; no whitespace anywhere;</li>
 *   <li>strings in double quotes, escaping only {@code "} and {@code \} ({@code \"}, {@code \\}) and the control
 *       characters U+0000–U+001F ({@code \b \t \n \f \r}, others as {@code \}{@code u00xx} in lower-case hex);
 *       every other character as itself;</li>
 *   <li>every number as an IEEE-754 double written the ECMAScript way: the shortest digits that read back to the
 *       same double, no exponent from 1e-6 up to below 1e21 (e.g. {@code 1}, {@code 0.5}, {@code 0.000001}),
 *       otherwise {@code d.ddde+n}/{@code e-n}; {@code -0} as {@code 0}; NaN and infinities are refused;</li>
 *   <li>{@code true}, {@code false}, {@code null} as themselves; the result encoded in UTF-8.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class CanonicalJson {
    private CanonicalJson() {}

    /** The canonical UTF-8 bytes of {@code node}. */
    public static byte[] bytes(JsonNode node) {
        return text(node).getBytes(StandardCharsets.UTF_8);
    }

    public static String text(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        write(node, sb, "(root)");
        return sb.toString();
    }

    private static void write(JsonNode node, StringBuilder sb, String path) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            Collections.sort(names); // String.compareTo compares UTF-16 code units, as RFC 8785 asks
            sb.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                string(names.get(i), sb);
                sb.append(':');
                write(node.get(names.get(i)), sb, path + "." + names.get(i));
            }
            sb.append('}');
        } else if (node.isArray()) {
            sb.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(node.get(i), sb, path + "[" + i + "]");
            }
            sb.append(']');
        } else if (node.isNumber()) {
            sb.append(number(node.doubleValue(), path));
        } else if (node.isTextual()) {
            string(node.textValue(), sb);
        } else if (node.isBoolean()) {
            sb.append(node.booleanValue());
        } else if (node.isNull()) {
            sb.append("null");
        } else {
            throw new InvalidInputException(path + " holds a value JSON cannot carry: " + node.getNodeType());
        }
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\b':
                    sb.append("\\b");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\f':
                    sb.append("\\f");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                default:
                    if (c < 0x20) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }

    /** ECMAScript Number::toString of a double, as RFC 8785 section 3.2.2.3 requires. */
    static String number(double d, String path) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new InvalidInputException(path + " is " + d + ", which JSON cannot carry");
        }
        if (d == 0) {
            return "0";
        }
        String sign = d < 0 ? "-" : "";
        BigDecimal exact = new BigDecimal(Math.abs(d));
        BigDecimal shortest = null;
        // The shortest decimal that reads back as the same double; rounding the exact value picks the closest.
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == Math.abs(d)) {
                shortest = candidate;
                break;
            }
        }
        BigDecimal s = shortest.stripTrailingZeros();
        String digits = s.unscaledValue().toString();
        int k = digits.length();
        int n = k - s.scale(); // value = 0.digits × 10^n
        StringBuilder out = new StringBuilder(sign);
        if (k <= n && n <= 21) {
            out.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits.substring(n));
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits.substring(1));
            }
            int e = n - 1;
            out.append('e').append(e < 0 ? "-" : "+").append(Math.abs(e));
        }
        return out.toString();
    }
}
