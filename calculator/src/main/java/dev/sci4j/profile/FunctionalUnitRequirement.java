package dev.sci4j.profile;

import dev.sci4j.units.Invariants;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The functional unit R every report under a profile must use, e.g. {@code request}, and exactly which of the
 * units the agent counted are that unit. Reports for another unit cannot be compared. Immutable and thread-safe.
 *
 * @param name                  the unit's id as reports write it
 * @param definition            what exactly one unit is, in both languages
 * @param countedUnits          unit names (as the agent writes them, e.g. {@code http GET /api/documents}) that
 *                              count in R; {@code *} matches any characters
 * @param excludedUnits         unit names that never count, even when {@code countedUnits} matches them
 *                              (trivially cheap units such as health checks, which would pad R)
 * @param declaredCountsAllowed whether R may be declared ({@code report --units}) when the files hold no counts
 * @param unitsPer              how many counted units make one functional unit, e.g. 1000 tokens for
 *                              {@code 1k-tokens}; optional in the file, null meaning 1
 */
public record FunctionalUnitRequirement(
        String name,
        LocalizedText definition,
        List<String> countedUnits,
        List<String> excludedUnits,
        boolean declaredCountsAllowed,
        Double unitsPer) {
    public FunctionalUnitRequirement {
        Invariants.present(name, "functionalUnit.name");
        Invariants.present(definition, "functionalUnit.definition");
        countedUnits = Invariants.list(countedUnits, "functionalUnit.countedUnits");
        if (countedUnits.isEmpty()) {
            throw new IllegalArgumentException("functionalUnit.countedUnits must name at least one unit pattern");
        }
        excludedUnits = Invariants.list(excludedUnits, "functionalUnit.excludedUnits");
        unitsPer = unitsPer == null ? 1.0 : Invariants.atLeast(unitsPer, 1, "functionalUnit.unitsPer");
    }

    /** R from a count of the units this profile counts: {@code counted / unitsPer}. */
    public double functionalUnits(long counted) {
        return counted / unitsPer;
    }

    /**
     * Whether units of this name (as the agent wrote it) count in R under this profile. A unit that counts is
     * counted with everything nested in it; inside one that does not, its nested units are asked in turn (tokens
     * recorded inside an HTTP request), so nothing counts twice.
     */
    public boolean counts(String unitName) {
        return countedUnits.stream().anyMatch(p -> matches(p, unitName))
                && excludedUnits.stream().noneMatch(p -> matches(p, unitName));
    }

    /** Glob with {@code *} as the only wildcard, matched against the whole name. */
    static boolean matches(String glob, String name) {
        String regex = Arrays.stream(glob.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
        return Pattern.compile(regex, Pattern.DOTALL).matcher(name).matches();
    }
}
