package dev.sci4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.grid.EnergyInterval;
import dev.sci4j.units.Energy;
import java.util.List;
import java.util.Optional;

/**
 * The energy E a score is computed from, with where it came from (declared, a series file, a measurement
 * file with its energy source and accuracy class).
 */
interface EnergyInput {
    Energy total();

    /** Energy per time interval, needed to align with a grid intensity series; empty for a single total. */
    Optional<List<EnergyInterval>> intervals();

    /** Disclosure for JSON: at least {@code kind}; measured energy adds {@code accuracyClass}. */
    ObjectNode provenance();

    /** One phrase for the explained output. */
    String describe();

    static EnergyInput of(Energy total, List<EnergyInterval> intervals, ObjectNode provenance, String description) {
        return new EnergyInput() {
            @Override
            public Energy total() {
                return total;
            }

            @Override
            public Optional<List<EnergyInterval>> intervals() {
                return Optional.ofNullable(intervals);
            }

            @Override
            public ObjectNode provenance() {
                return provenance;
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }
}
