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
 */
public record FunctionalUnitRequirement(
        String name,
        LocalizedText definition,
        List<String> countedUnits,
        List<String> excludedUnits,
        boolean declaredCountsAllowed) {
    public FunctionalUnitRequirement {
        Invariants.present(name, "functionalUnit.name");
        Invariants.present(definition, "functionalUnit.definition");
        countedUnits = Invariants.list(countedUnits, "functionalUnit.countedUnits");
        if (countedUnits.isEmpty()) {
            throw new IllegalArgumentException("functionalUnit.countedUnits must name at least one unit pattern");
        }
        excludedUnits = Invariants.list(excludedUnits, "functionalUnit.excludedUnits");
    }

    /** Whether units of this name (as the agent wrote it) count in R under this profile. */
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
