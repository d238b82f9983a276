package dev.sci4j.units;

import dev.sci4j.rules.duration.DurationGrammar;
import java.time.Duration;

/**
 * The one place where sci4j converts between units. Every other class calls these methods instead of
 * writing a conversion factor again.
 */
public final class Units {
    /** 1 kWh = 3.6 MJ. */
    public static final double JOULES_PER_KWH = 3.6e6;

    public static final double GRAMS_PER_KILOGRAM = 1_000.0;
    public static final double GRAMS_PER_TONNE = 1_000_000.0;
    public static final double SECONDS_PER_HOUR = 3_600.0;
    public static final long SECONDS_PER_DAY = DurationGrammar.SECONDS_PER_DAY;
    /** The SCI convention: one year is 365 days (no leap years), so 4 years = 126,144,000 s. */
    public static final long SECONDS_PER_YEAR = DurationGrammar.SECONDS_PER_YEAR;
    /** WattTime reports lb CO2 per MWh; 1 lb/MWh = 0.45359237 g/kWh (the international avoirdupois pound). */
    public static final double G_PER_KWH_PER_LB_PER_MWH = 0.45359237;
    /** 1 µJ, the unit of Linux powercap energy counters. */
    public static final double JOULES_PER_MICROJOULE = 1e-6;

    private Units() {}

    public static double joulesToKwh(double joules) {
        return joules / JOULES_PER_KWH;
    }

    public static double kwhToJoules(double kwh) {
        return kwh * JOULES_PER_KWH;
    }

    /** Energy of a constant power draw: W × s = J, expressed in kWh. */
    public static double wattSecondsToKwh(double watts, double seconds) {
        return joulesToKwh(watts * seconds);
    }

    public static double kilogramsToGrams(double kilograms) {
        return kilograms * GRAMS_PER_KILOGRAM;
    }

    public static double gramsToKilograms(double grams) {
        return grams / GRAMS_PER_KILOGRAM;
    }

    public static double tonnesToGrams(double tonnes) {
        return tonnes * GRAMS_PER_TONNE;
    }

    public static double gramsToTonnes(double grams) {
        return grams / GRAMS_PER_TONNE;
    }

    /** kg CO2e/kWh (how Taiwan publishes its factor) to gCO2e/kWh. */
    public static double kgPerKwhToGPerKwh(double kgPerKwh) {
        return kilogramsToGrams(kgPerKwh);
    }

    public static double lbPerMwhToGPerKwh(double lbPerMwh) {
        return lbPerMwh * G_PER_KWH_PER_LB_PER_MWH;
    }

    /** A duration in seconds, keeping sub-second precision. */
    public static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }

    public static double hours(Duration duration) {
        return seconds(duration) / SECONDS_PER_HOUR;
    }
}
