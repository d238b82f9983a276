package dev.sci4j.profile;

import dev.sci4j.units.Invariants;

/**
 * The functional unit R every report under a profile must use, e.g. {@code request}. Reports for another
 * unit cannot be compared. Immutable and thread-safe.
 *
 * @param name       the unit's id as reports write it
 * @param definition what exactly one unit is, in both languages
 */
public record FunctionalUnitRequirement(String name, LocalizedText definition) {
    public FunctionalUnitRequirement {
        Invariants.present(name, "functionalUnit.name");
        Invariants.present(definition, "functionalUnit.definition");
    }
}
