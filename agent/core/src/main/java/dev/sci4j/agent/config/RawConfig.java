package dev.sci4j.agent.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * Merges the four configuration sources into one string per key. Precedence, highest first: agent arguments,
 * {@code sci4j.*} system properties, {@code SCI4J_*} environment variables, the properties file named by
 * {@code config}, defaults. The most specific, most recent place wins: arguments are typed for this one launch,
 * system properties for this JVM, the environment for the container, the file for the fleet.
 * Not thread-safe; used once at start.
 */
public final class RawConfig {
    private RawConfig() {}

    /**
     * @param agentArgs  {@code key=value;key=value}, may be null or empty
     * @param properties system properties (only {@code sci4j.*} are read)
     * @param env        environment (only {@code SCI4J_*} are read)
     * @return the effective value of every key that has one (defaults included)
     * @throws ConfigException an unknown key or malformed entry in the arguments or the file, or an unreadable file
     */
    public static Map<ConfigKey, String> merge(String agentArgs, Properties properties, Map<String, String> env)
            throws ConfigException {
        Map<ConfigKey, String> args = parseArgs(agentArgs);
        Map<ConfigKey, String> props = new EnumMap<>(ConfigKey.class);
        Map<ConfigKey, String> envValues = new EnumMap<>(ConfigKey.class);
        for (ConfigKey k : ConfigKey.values()) {
            String p = properties.getProperty(k.systemProperty());
            if (p != null) {
                props.put(k, p.trim());
            }
            String e = env.get(k.environmentVariable());
            if (e != null) {
                envValues.put(k, e.trim());
            }
        }
        String configFile = first(ConfigKey.CONFIG, args, props, envValues);
        Map<ConfigKey, String> file = configFile == null ? Map.of() : readFile(configFile);

        Map<ConfigKey, String> merged = new EnumMap<>(ConfigKey.class);
        for (ConfigKey k : ConfigKey.values()) {
            String v = first(k, args, props, envValues);
            if (v == null) {
                v = file.get(k);
            }
            if (v == null) {
                v = k.defaultValue();
            }
            if (v != null) {
                merged.put(k, v);
            }
        }
        return merged;
    }

    @SafeVarargs
    private static String first(ConfigKey k, Map<ConfigKey, String>... sources) {
        for (Map<ConfigKey, String> s : sources) {
            String v = s.get(k);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static Map<ConfigKey, String> parseArgs(String agentArgs) throws ConfigException {
        Map<ConfigKey, String> out = new EnumMap<>(ConfigKey.class);
        if (agentArgs == null) {
            return out;
        }
        for (String entry : agentArgs.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException("invalid agent argument '" + entry.trim() + "' (expected key=value)");
            }
            put(out, entry.substring(0, eq).trim(), entry.substring(eq + 1).trim(), "agent argument");
        }
        return out;
    }

    private static Map<ConfigKey, String> readFile(String path) throws ConfigException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of(path), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | RuntimeException e) {
            throw new ConfigException("invalid value for 'config': '" + path + "' (cannot read it: " + e + ")");
        }
        Map<ConfigKey, String> out = new EnumMap<>(ConfigKey.class);
        for (String name : p.stringPropertyNames()) {
            put(out, name.trim(), p.getProperty(name).trim(), "key in " + path);
        }
        return out;
    }

    private static void put(Map<ConfigKey, String> out, String name, String value, String where)
            throws ConfigException {
        ConfigKey k = ConfigKey.byName(name);
        if (k == null) {
            throw new ConfigException("unknown " + where + " '" + name + "' (value '" + value + "')");
        }
        out.put(k, value);
    }
}
