package dev.sci4j.input;

import dev.sci4j.units.Invariants;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Validation of user input at the boundary (options, files): the same checks as {@link Invariants}, but a
 * failure is the user's mistake, an {@link InvalidInputException} naming the field to fix. Value types use
 * {@link Invariants} instead, so that a broken invariant inside the model is reported as a bug.
 * Stateless and thread-safe.
 */
public final class Checks {
    private Checks() {}

    /** Rejects NaN and infinities. */
    public static double finite(double value, String field) {
        return input(() -> Invariants.finite(value, field));
    }

    /** Finite and at least zero. */
    public static double nonNegative(double value, String field) {
        return input(() -> Invariants.nonNegative(value, field));
    }

    /** Finite and strictly greater than zero. */
    public static double positive(double value, String field) {
        return input(() -> Invariants.positive(value, field));
    }

    /** Finite and at least {@code min}. */
    public static double atLeast(double value, double min, String field) {
        return input(() -> Invariants.atLeast(value, min, field));
    }

    /** Finite and within [min, max]. */
    public static double between(double value, double min, double max, String field) {
        return input(() -> Invariants.between(value, min, max, field));
    }

    /**
     * R as the user gives it: greater than zero, since SCI is carbon per functional unit and is undefined without
     * one (never the total carbon instead).
     */
    public static double functionalUnits(double value, String field) {
        if (value == 0) {
            throw new InvalidInputException(field + ": R (functional units) is zero: SCI is carbon per functional unit,"
                    + " so it is undefined without at least one unit");
        }
        return positive(value, field);
    }

    /** Non-null; a missing required input is an error, never a silent default. */
    public static <T> T present(T value, String field) {
        return checked(() -> Invariants.present(value, field), "");
    }

    /**
     * Builds values straight from user input: a value type rejecting it (an {@link IllegalArgumentException}) is
     * the user's mistake, reported with its message after {@code where} (e.g. the file). Keep {@code build} to
     * reading and constructing, so that a failure in later computation still reads as the bug it is.
     */
    public static <T> T valid(String where, Supplier<T> build) {
        return checked(build, where + ": ");
    }

    private static double input(DoubleSupplier check) {
        return checked(check::getAsDouble, "");
    }

    private static <T> T checked(Supplier<T> build, String prefix) {
        try {
            return build.get();
        } catch (InvalidInputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(prefix + e.getMessage(), e);
        }
    }
}
