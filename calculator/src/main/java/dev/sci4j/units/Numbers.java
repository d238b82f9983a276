package dev.sci4j.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How sci4j writes numbers for people. Data (JSON, CSV) keeps full precision through Jackson; terminal and
 * report text rounds to {@link #DISPLAY_SIGNIFICANT_DIGITS} significant digits, always with the ROOT
 * conventions (a dot for decimals) unless a report asks for its own locale.
 */
public final class Numbers {
    public static final int DISPLAY_SIGNIFICANT_DIGITS = 6;
    private static final MathContext DISPLAY = new MathContext(DISPLAY_SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

    private Numbers() {}

    /** e.g. 0.050199999999999995 → "0.0502", 126144000 → "126144000", 1.23456789e-9 → "1.23457E-9". */
    public static String display(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(DISPLAY).stripTrailingZeros();
        int magnitude = rounded.precision() - rounded.scale() - 1;
        if (magnitude < -6 || magnitude > 15) {
            return rounded.toString();
        }
        return rounded.toPlainString();
    }
}
