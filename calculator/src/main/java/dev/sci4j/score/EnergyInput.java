package dev.sci4j.score;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.grid.EnergyInterval;
import dev.sci4j.grid.EnergySeriesReader;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.units.Energy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The energy E a score is computed from, with where it came from (declared, a series file, a measurement
 * file with its energy source and accuracy class).
 */
public interface EnergyInput {
    Energy total();

    /** Energy per time interval, needed to align with a grid intensity series; empty for a single total. */
    Optional<List<EnergyInterval>> intervals();

    /** Disclosure for JSON: at least {@code kind}; measured energy adds {@code accuracyClass}. */
    ObjectNode provenance();

    /** One phrase for the explained output. */
    String describe();

    /** E declared by the user (a number from elsewhere, not measured by sci4j). */
    static EnergyInput declared(Energy total, String detail) {
        return of(total, null, declaredProvenance(detail), "declared, " + detail + ", not measured by sci4j");
    }

    /** E per interval from a CSV (start,end,energy_kwh or energy_joules), declared by the user. */
    static EnergyInput series(Path csv) {
        List<EnergyInterval> intervals = EnergySeriesReader.read(csv);
        Energy total = intervals.stream().map(EnergyInterval::energy).reduce(Energy.ZERO, Energy::plus);
        return of(
                total,
                intervals,
                declaredProvenance("energy series file " + csv),
                intervals.size() + " intervals from " + csv + ", declared, not measured by sci4j");
    }

    /** E measured by the sci4j agent, from one or more measurement files. */
    static EnergyInput measurements(List<Path> files) {
        return MeasurementInput.read(files);
    }

    /** E from measurements already read, e.g. those embedded in an SCI report; {@code labels} name each one. */
    static EnergyInput measured(List<Measurement> measurements, List<String> labels) {
        return MeasurementInput.of(measurements, labels);
    }

    private static ObjectNode declaredProvenance(String detail) {
        ObjectNode n = Json.object();
        n.put("kind", "declared");
        n.put("detail", detail + "; not measured by sci4j");
        n.putNull("accuracyClass");
        return n;
    }

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
