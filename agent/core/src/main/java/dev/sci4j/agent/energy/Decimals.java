package dev.sci4j.agent.energy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers in the agent's texts (energy-source details, log lines) with a fixed number of decimals, as
 * {@code String.format(Locale.ROOT, "%.Nf", x)} writes them (half-up rounding, {@code .} as separator), without
 * {@link java.util.Formatter}: its first use initialises the JDK's locale providers (CLDR), tens of ms of a
 * short-lived JVM's start-up. Thread-safe.
 */
public final class Decimals {
    private Decimals() {}

    /** {@code value} with exactly {@code places} decimals; NaN and infinities as {@link Double#toString}. */
    public static String fixed(double value, int places) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }
}
