package dev.sci4j.units;

/**
 * An amount of energy, never negative. Stored in joules; read it with {@link #joules()} or {@link #kwh()}
 * so the unit is always in the name. Immutable and thread-safe.
 */
public record Energy(double joules) {
    public static final Energy ZERO = new Energy(0);

    public Energy {
        Invariants.nonNegative(joules, "energy (J)");
    }

    public static Energy ofJoules(double joules) {
        return new Energy(joules);
    }

    public static Energy ofKwh(double kwh) {
        Invariants.nonNegative(kwh, "energy (kWh)");
        return new Energy(Units.kwhToJoules(kwh));
    }

    public double kwh() {
        return Units.joulesToKwh(joules);
    }

    public Energy plus(Energy other) {
        return new Energy(joules + other.joules);
    }

    /** Scales by a dimensionless factor such as PUE or a resource share. */
    public Energy times(double factor) {
        Invariants.nonNegative(factor, "energy factor");
        return new Energy(joules * factor);
    }
}
