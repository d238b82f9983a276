package dev.sci4j.agent.config;

/** An invalid configuration value; the message names the key, the value and what was expected. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    static ConfigException invalid(String key, String value, String expected) {
        return new ConfigException("invalid value for '" + key + "': '" + value + "' (expected " + expected + ")");
    }
}
