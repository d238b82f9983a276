package dev.sci4j.budget;

/**
 * The three limits a unit's budget can set; {@link #field()} is the budget file's field name and the name
 * used in summaries, JUnit test names and benchmark entries. Immutable and thread-safe.
 */
public enum LimitKind {
    /** The aggregated SCI must not exceed the value, gCO2e per functional unit. */
    MAX_SCI("maxSci", "gCO2e/%s"),
    /** The aggregated IT energy per functional unit must not exceed the value, joules. */
    MAX_ENERGY_PER_UNIT_JOULES("maxEnergyPerUnitJoules", "J/%s"),
    /** The SCI must not rise more than the value, percent, above the baseline, significantly. */
    MAX_REGRESSION_PERCENT("maxRegressionPercent", "%%");

    private final String field;
    private final String unitFormat;

    LimitKind(String field, String unitFormat) {
        this.field = field;
        this.unitFormat = unitFormat;
    }

    public String field() {
        return field;
    }

    /** The unit of the limit's value for functional unit {@code unitName}, e.g. {@code gCO2e/request}. */
    public String unit(String unitName) {
        return String.format(java.util.Locale.ROOT, unitFormat, unitName);
    }
}
