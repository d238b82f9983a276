package dev.sci4j.agent.units;

import dev.sci4j.agent.config.ConfigException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One entry of the {@code units} key: {@code NAME:CLASS#METHOD[(TYPE,…)]}.
 * <ul>
 *   <li>{@code NAME}: the unit kind, e.g. {@code checkout} (letters, digits, {@code . _ - /}).</li>
 *   <li>{@code CLASS}: a fully qualified class name; {@code *} matches any run of characters except {@code .}
 *       and {@code **} any run including dots ({@code com.shop.*Service}, {@code com.shop.**}). Nested classes
 *       are written with {@code $}.</li>
 *   <li>{@code METHOD}: a method name with the same {@code *} wildcard; {@code *} alone is every method the
 *       class declares (constructors, abstract, synthetic and bridge methods excluded).</li>
 *   <li>{@code (TYPE,…)}: optional parameter types, fully qualified or primitive ({@code java.lang.String},
 *       {@code int}, {@code byte[]}); {@code ()} means no parameters. Without it every overload matches.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class UnitPattern {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._/\\-]+");

    private final String unitName;
    private final Pattern classPattern;
    private final Pattern methodPattern;
    private final List<String> parameterTypes; // null = any

    private UnitPattern(String unitName, Pattern classPattern, Pattern methodPattern, List<String> parameterTypes) {
        this.unitName = unitName;
        this.classPattern = classPattern;
        this.methodPattern = methodPattern;
        this.parameterTypes = parameterTypes;
    }

    /** Parses one entry; the message of the exception names the entry and what is wrong. */
    public static UnitPattern parse(String entry) throws ConfigException {
        String e = entry.trim();
        int colon = e.indexOf(':');
        int hash = e.indexOf('#');
        if (colon <= 0 || hash < colon + 2 || hash == e.length() - 1) {
            throw invalid(entry, "NAME:CLASS#METHOD, e.g. checkout:com.shop.CheckoutService#placeOrder");
        }
        String name = e.substring(0, colon).trim();
        if (!NAME.matcher(name).matches()) {
            throw invalid(entry, "a unit name of letters, digits and . _ - /");
        }
        String className = e.substring(colon + 1, hash).trim();
        String method = e.substring(hash + 1).trim();
        List<String> params = null;
        int paren = method.indexOf('(');
        if (paren >= 0) {
            if (!method.endsWith(")")) {
                throw invalid(entry, "parameter types in parentheses, e.g. #placeOrder(java.lang.String,int)");
            }
            params = parameters(method.substring(paren + 1, method.length() - 1));
            method = method.substring(0, paren).trim();
        }
        if (className.isEmpty() || method.isEmpty()) {
            throw invalid(entry, "a class and a method pattern");
        }
        return new UnitPattern(name, glob(className, true), glob(method, false), params);
    }

    private static List<String> parameters(String list) {
        List<String> out = new ArrayList<>();
        if (!list.isBlank()) {
            for (String p : list.split(",")) {
                out.add(p.trim());
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** {@code **} → any characters; {@code *} → any characters except a dot (class) or any (method). */
    private static Pattern glob(String glob, boolean dotted) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                boolean twice = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                re.append(twice || !dotted ? ".*" : "[^.]*");
                if (twice) {
                    i++;
                }
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }

    private static ConfigException invalid(String entry, String expected) {
        return new ConfigException("invalid value for 'units': '" + entry.trim() + "' (expected " + expected + ")");
    }

    public String unitName() {
        return unitName;
    }

    public boolean matchesClass(String className) {
        return classPattern.matcher(className).matches();
    }

    /** Whether a method of a matching class matches; {@code parameterTypeNames} as Java source names. */
    public boolean matchesMethod(String methodName, List<String> parameterTypeNames) {
        return methodPattern.matcher(methodName).matches()
                && (parameterTypes == null || parameterTypes.equals(parameterTypeNames));
    }
}
