package dev.sci4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.units.Energy;

/**
 * The energy E a score is computed from, with where it came from (declared, a series file, a measurement
 * file with its energy source and accuracy class).
 */
interface EnergyInput {
    Energy total();

    /** Disclosure for JSON: at least {@code kind}; measured energy adds {@code accuracyClass}. */
    ObjectNode provenance();

    /** One phrase for the explained output. */
    String describe();
}
