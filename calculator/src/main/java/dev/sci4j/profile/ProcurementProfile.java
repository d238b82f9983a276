package dev.sci4j.profile;

import dev.sci4j.i18n.Language;
import dev.sci4j.measurement.AccuracyClass;
import dev.sci4j.units.Invariants;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A procurement profile: what a buyer requires of every SCI report so that reports can be compared — one
 * functional unit, one usage scenario, the boundary, the grid intensity to normalise to, embodied defaults,
 * mandatory disclosures, the largest agent overhead and the grade thresholds. Read with {@link Profiles}.
 * Immutable and thread-safe.
 *
 * @param schemaVersion           {@value #SCHEMA_VERSION}
 * @param id                      e.g. {@code tw-web-service-per-request}
 * @param version                 the profile's own revision, at least 1; reports cite it
 * @param language                the language officers using this profile read by default
 * @param referencePue            the PUE every report is compared with (a vendor's declared PUE is shown beside it)
 * @param title                   in both languages
 * @param mandatoryDisclosures    report fields (dotted paths such as {@code software.vendor}) that must be present
 * @param minimumAccuracyClass    the least accurate energy source accepted (A best, D worst)
 * @param maxAgentOverheadPercent the largest share of the process's CPU time the measuring agent may use, in %
 * @param maxAgentRequestOverheadNs optional: the most CPU time, in ns, the measuring agent may add to one request
 *                                  as sci4j's benchmarks measured that agent version; null sets no limit
 * @param grades                  thresholds in gCO2e per unit, best grade first; {@code lowestGrade} for the rest;
 *                                grade ids are short codes ({@link GradeThreshold#checkId}), all distinct
 * @param referenceEnvironment    optional: where a claim is re-measured ({@code verify-claim}); null when the
 *                                profile names none
 */
public record ProcurementProfile(
        int schemaVersion,
        String id,
        int version,
        String language,
        LocalizedText title,
        FunctionalUnitRequirement functionalUnit,
        UsageScenarioRequirement usageScenario,
        BoundaryRequirement boundary,
        GridNormalisation grid,
        double referencePue,
        EmbodiedDefaults embodied,
        List<String> mandatoryDisclosures,
        AccuracyClass minimumAccuracyClass,
        double maxAgentOverheadPercent,
        Double maxAgentRequestOverheadNs,
        List<GradeThreshold> grades,
        String lowestGrade,
        ReferenceEnvironment referenceEnvironment) {
    public static final int SCHEMA_VERSION = 1;

    public ProcurementProfile {
        if (schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException(
                    "schemaVersion " + schemaVersion + " is not known: this sci4j reads " + SCHEMA_VERSION);
        }
        Invariants.present(id, "id");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("id '" + id + "' must be lower-case words joined by hyphens");
        }
        Invariants.atLeast(version, 1, "version");
        Language.parse(language, "language");
        Invariants.present(title, "title");
        Invariants.present(functionalUnit, "functionalUnit");
        Invariants.present(usageScenario, "usageScenario");
        Invariants.present(boundary, "boundary");
        Invariants.present(grid, "grid");
        Invariants.atLeast(referencePue, 1, "referencePue");
        Invariants.present(embodied, "embodied");
        mandatoryDisclosures = Invariants.list(mandatoryDisclosures, "mandatoryDisclosures");
        Invariants.present(minimumAccuracyClass, "minimumAccuracyClass");
        Invariants.between(maxAgentOverheadPercent, 0, 100, "maxAgentOverheadPercent");
        if (maxAgentRequestOverheadNs != null) {
            Invariants.nonNegative(maxAgentRequestOverheadNs, "maxAgentRequestOverheadNs");
        }
        grades = Invariants.list(grades, "grades");
        GradeThreshold.checkId(lowestGrade, "lowestGrade");
        uniqueGrades(grades, lowestGrade);
        if (referenceEnvironment != null
                && referenceEnvironment.durationSeconds() < usageScenario.minimumDurationSeconds()) {
            throw new IllegalArgumentException("referenceEnvironment.durationSeconds ("
                    + dev.sci4j.units.Numbers.display(referenceEnvironment.durationSeconds())
                    + ") is shorter than usageScenario.minimumDurationSeconds ("
                    + dev.sci4j.units.Numbers.display(usageScenario.minimumDurationSeconds())
                    + "): a re-measurement must last at least as long as a vendor's");
        }
        for (int i = 1; i < grades.size(); i++) {
            if (grades.get(i).maxSciGPerUnit() <= grades.get(i - 1).maxSciGPerUnit()) {
                throw new IllegalArgumentException("grades must be listed best first with increasing maxSciGPerUnit;"
                        + " grade " + grades.get(i).grade() + " is not above "
                        + grades.get(i - 1).grade());
            }
        }
    }

    /** Grade ids name one grade each: two grades of one name would make a ranking ambiguous. */
    private static void uniqueGrades(List<GradeThreshold> grades, String lowestGrade) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < grades.size(); i++) {
            Integer first = seen.putIfAbsent(grades.get(i).grade(), i);
            if (first != null) {
                throw new IllegalArgumentException("grades[" + i + "].grade '"
                        + grades.get(i).grade() + "' is also grades[" + first + "].grade: grade ids must be unique");
            }
        }
        if (seen.containsKey(lowestGrade)) {
            throw new IllegalArgumentException(
                    "lowestGrade '" + lowestGrade + "' is also listed in grades: grade ids must be unique");
        }
    }

    public Language defaultLanguage() {
        return Language.parse(language, "language");
    }

    /** The grade a normalised score in gCO2e per unit earns. */
    public String grade(double sciGPerUnit) {
        return grades.stream()
                .sorted(Comparator.comparingDouble(GradeThreshold::maxSciGPerUnit))
                .filter(g -> sciGPerUnit <= g.maxSciGPerUnit())
                .map(GradeThreshold::grade)
                .findFirst()
                .orElse(lowestGrade);
    }

    /** Whether an energy source of {@code accuracy} is accurate enough (A is the best class). */
    public boolean accepts(AccuracyClass accuracy) {
        return accuracy.compareTo(minimumAccuracyClass) <= 0;
    }

    /** All grade names, best first. */
    public List<String> gradeNames() {
        List<String> names = new ArrayList<>();
        grades.forEach(g -> names.add(g.grade()));
        names.add(lowestGrade);
        return names;
    }
}
