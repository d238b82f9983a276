package dev.sci4j.budget;

/**
 * What a budget check needs from one SCI report: the functional unit, R, E and the SCI. A narrow view so
 * that {@code --report} can be wired to the report model of {@code sci4j report} without changing the check;
 * {@link ReportJson} reads it today from the fields of {@code sci4j score --json}. Implementations are
 * immutable values.
 */
public interface ReportedScore {
    /** Where the score came from, e.g. the report file. */
    String source();

    /** The functional unit's name, e.g. {@code request}. */
    String functionalUnit();

    /** R, greater than zero. */
    double functionalUnits();

    /** E before PUE, joules. */
    double energyJoules();

    /** The SCI, gCO2e per functional unit. */
    double sciGramsPerUnit();

    default RunScore toRunScore() {
        return new RunScore(source(), functionalUnits(), energyJoules(), sciGramsPerUnit());
    }
}
