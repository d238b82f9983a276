package dev.sci4j.compare;

import dev.sci4j.i18n.Language;
import dev.sci4j.profile.ProcurementProfile;
import dev.sci4j.report.EmbodiedDisclosure;
import dev.sci4j.report.MeasuredFacts;
import dev.sci4j.report.ReportScoring;
import dev.sci4j.report.ScoredRepetitions;
import dev.sci4j.units.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * A score under a profile's own rules, with nothing a vendor could shade: the files after the profile's
 * warm-up, R as the profile defines it, the profile's grid intensity, its reference PUE, and M from its embodied
 * model for the measured logical cores. Used to rank vendors ({@code compare}) and to check a claim against a
 * re-measurement ({@code verify-claim}). Stateless and thread-safe.
 */
public final class Normalisation {
    private Normalisation() {}

    /**
     * @param facts              the files under the profile's rules
     * @param unitsPerRepetition R of each repetition: the facts' counts, or a declared R when the files hold none
     */
    public static ScoredRepetitions score(ProcurementProfile p, MeasuredFacts facts, List<Double> unitsPerRepetition) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < facts.measured().size(); i++) {
            labels.add(Integer.toString(i + 1));
        }
        return ReportScoring.score(
                facts.measured(),
                labels,
                p.grid().intensity(),
                model(p, facts.logicalCores()),
                p.referencePue(),
                unitsPerRepetition,
                p.functionalUnit().name(),
                facts.accuracyClass().relativeUncertainty());
    }

    /** The profile's embodied model as a disclosure: TE = per-core figure × cores, the whole share reserved. */
    static EmbodiedDisclosure model(ProcurementProfile p, int logicalCores) {
        var e = p.embodied();
        return new EmbodiedDisclosure(
                e.perLogicalCoreG() * logicalCores,
                e.source().in(Language.EN),
                true,
                Units.seconds(e.lifespanDuration()),
                1,
                1);
    }
}
