package dev.sci4j.agent.units;

import dev.sci4j.agent.config.ConfigException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The functional units declared by configuration: {@code units} (comma-separated {@link UnitPattern}s; commas
 * inside parentheses belong to parameter lists), {@code units.nested} (unit names that are counted even when
 * they run inside another unit) and {@code units.http} (built-in HTTP units on or off). Immutable.
 */
public final class UnitDeclarations {
    private final List<UnitPattern> patterns;
    private final Set<String> nested;
    private final boolean http;

    private UnitDeclarations(List<UnitPattern> patterns, Set<String> nested, boolean http) {
        this.patterns = patterns;
        this.nested = nested;
        this.http = http;
    }

    public static UnitDeclarations parse(String units, String nestedNames, boolean http) throws ConfigException {
        List<UnitPattern> patterns = new ArrayList<>();
        for (String entry : splitOutsideParentheses(units == null ? "" : units)) {
            patterns.add(UnitPattern.parse(entry));
        }
        Set<String> nested = new LinkedHashSet<>();
        if (nestedNames != null) {
            for (String n : nestedNames.split(",")) {
                if (!n.isBlank()) {
                    nested.add(n.trim());
                }
            }
        }
        return new UnitDeclarations(Collections.unmodifiableList(patterns), Collections.unmodifiableSet(nested), http);
    }

    static List<String> splitOutsideParentheses(String value) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                add(out, value.substring(start, i));
                start = i + 1;
            }
        }
        add(out, value.substring(start));
        return out;
    }

    private static void add(List<String> out, String entry) {
        if (!entry.isBlank()) {
            out.add(entry.trim());
        }
    }

    public List<UnitPattern> patterns() {
        return patterns;
    }

    /** Unit names counted even when nested in another unit. */
    public Set<String> nested() {
        return nested;
    }

    /** Whether HTTP entry points (HttpServer, javax and jakarta Servlet) are units. */
    public boolean http() {
        return http;
    }

    /** The first pattern's unit name that matches the method, or null. */
    public String unitFor(String className, String methodName, List<String> parameterTypes) {
        for (UnitPattern p : patterns) {
            if (p.matchesClass(className) && p.matchesMethod(methodName, parameterTypes)) {
                return p.unitName();
            }
        }
        return null;
    }

    /** Whether any pattern could match a method of this class (the cheap type-level check). */
    public boolean anyClass(String className) {
        for (UnitPattern p : patterns) {
            if (p.matchesClass(className)) {
                return true;
            }
        }
        return false;
    }
}
