package dev.sci4j.units;

/**
 * An amount of greenhouse-gas emissions in grams of CO2-equivalent (gCO2e), never negative: SCI allows no
 * offsets, so nothing subtracts carbon. Immutable and thread-safe.
 */
public record Carbon(double grams) {
    public static final Carbon ZERO = new Carbon(0);

    public Carbon {
        Invariants.nonNegative(grams, "carbon (gCO2e)");
    }

    public static Carbon ofGrams(double grams) {
        return new Carbon(grams);
    }

    public static Carbon ofKilograms(double kilograms) {
        Invariants.nonNegative(kilograms, "carbon (kgCO2e)");
        return new Carbon(Units.kilogramsToGrams(kilograms));
    }

    public double kilograms() {
        return Units.gramsToKilograms(grams);
    }

    public double tonnes() {
        return Units.gramsToTonnes(grams);
    }

    public Carbon plus(Carbon other) {
        return new Carbon(grams + other.grams);
    }

    /** Scales by a dimensionless share such as TiR/EL or RR/ToR. */
    public Carbon times(double factor) {
        Invariants.nonNegative(factor, "carbon factor");
        return new Carbon(grams * factor);
    }
}
