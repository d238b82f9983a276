package dev.sci4j.profile;

import dev.sci4j.units.Invariants;
import java.util.regex.Pattern;

/**
 * A grade a normalised score earns when it is at most {@code maxSciGPerUnit} gCO2e per functional unit.
 * Immutable and thread-safe.
 *
 * @param grade its id ({@link #checkId}): a short code such as {@code A} or {@code B+}
 */
public record GradeThreshold(String grade, double maxSciGPerUnit) {
    /**
     * A grade id is printed in tables, JSON and pages as is: a short code, so it can never read as a number, a
     * NaN or a sentence.
     */
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9+-]{0,7}");

    public GradeThreshold {
        checkId(grade, "grade");
        Invariants.nonNegative(maxSciGPerUnit, "grades[].maxSciGPerUnit");
    }

    /**
     * Refuses a grade id that is not 1 to 8 characters: an upper-case ASCII letter, then upper-case letters,
     * digits, {@code +} or {@code -}.
     *
     * @param field names the field in the message
     */
    static String checkId(String grade, String field) {
        Invariants.present(grade, field);
        if (!ID.matcher(grade).matches()) {
            throw new IllegalArgumentException(field + " '" + grade + "' is not a grade id: give 1 to 8 characters,"
                    + " an upper-case letter (A-Z) first, then A-Z, 0-9, + or - (e.g. A, B+, AA)");
        }
        return grade;
    }
}
