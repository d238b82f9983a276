package dev.sci4j.score;

import dev.sci4j.measurement.Measurement;
import dev.sci4j.units.Numbers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code score} warns about in measured units, as sentences for stderr and the {@code warnings} array:
 * a run that counted no application unit, and a kind that took most of the energy with almost none of the
 * units (typically not the work the service is for: a scrape, a health check, a background job), what the
 * agents said they could not measure (the files' {@code run.warnings}), and energy split by unit counts because
 * no unit got CPU-attributed energy. Stateless.
 */
public final class ScoreWarnings {
    /** A kind whose energy share exceeds this … */
    static final double DOMINANT_ENERGY_SHARE = 0.90;
    /** … with a share of the outermost units below this is worth a warning. */
    static final double MINOR_UNIT_SHARE = 0.01;

    private ScoreWarnings() {}

    /** Warnings for per-kind scores: the agent's own units only, and dominant kinds with few units. */
    public static List<String> of(UnitScores scores) {
        MeasuredUnits measured = scores.measured();
        List<String> out = new ArrayList<>();
        if (measured.units().stream().allMatch(u -> measured.agentOwnKinds().contains(u.name()))) {
            out.add("the run counted no application unit: its only units are the agent's own Prometheus scrapes ("
                    + String.join(", ", measured.agentOwnKinds())
                    + ", counted by agents before they left themselves out); declare units (units=…,"
                    + " @FunctionalUnit) or send the service requests");
        }
        out.addAll(measured.runWarnings());
        if (measured.byCount()) {
            out.add("no unit got CPU-attributed energy, so the energy was split among the kinds by their unit counts:"
                    + " per-kind SCI then says nothing about how much work each kind does");
        }
        long countTotal = measured.countTotal();
        for (UnitScores.UnitScore u : scores.units()) {
            double unitShare = countTotal > 0 ? (double) u.energy().count() / countTotal : 0;
            if (u.energyShare() > DOMINANT_ENERGY_SHARE && unitShare < MINOR_UNIT_SHARE) {
                out.add("'" + u.energy().name() + "' took " + Numbers.display(u.energyShare() * 100)
                        + " % of the energy with " + Numbers.display(unitShare * 100)
                        + " % of the units: check that it is the work the service is for (not a scrape, a health"
                        + " check or a background job) and that the units you care about are counted");
            }
        }
        return out;
    }

    /** With {@code --units R} and measurement files: warns when the files counted no unit at all. */
    public static List<String> forGivenR(List<Path> measurements) {
        for (Path file : measurements) {
            Measurement m = MeasurementInput.load(file);
            if (m.total().map(t -> !t.units().isEmpty()).orElse(false)) {
                return List.of();
            }
        }
        return List.of("the run counted no application unit (R comes from --units only): declare units in the"
                + " agent (units=…, @FunctionalUnit; HTTP entry points count by default) to see SCI per kind");
    }
}
