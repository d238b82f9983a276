package dev.sci4j.compare;

import dev.sci4j.input.InvalidInputException;
import dev.sci4j.measurement.Measurement;
import dev.sci4j.profile.ProcurementProfile;
import dev.sci4j.profile.ReferenceEnvironment;
import dev.sci4j.report.HardwareClaim;
import dev.sci4j.report.MeasuredFacts;
import dev.sci4j.report.SciReport;
import dev.sci4j.report.ScoredRepetitions;
import dev.sci4j.report.Uncertainty;
import dev.sci4j.units.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Verification by re-measurement (查證): a vendor's claim and an officer's (or third party's) re-measurement of
 * the same software under the same profile, both scored by the profile's rules ({@link Normalisation}). The
 * claim is consistent when their difference's 95 % interval (the two half-widths combined in quadrature)
 * contains zero. A signature proves who wrote a report; only this shows that its figure holds on another
 * machine. When the profile names a reference environment, the re-measurement is held to it: a repetition shorter
 * than its duration is refused (a shorter run is not the re-measurement the profile asks for), and a CPU model or
 * core count other than its own is kept in {@code referenceDifferences}, for the verdict to state. Immutable and
 * thread-safe.
 *
 * @param claimed              the report's score under the profile's rules, gCO2e per unit
 * @param remeasured           the re-measurement's score under the same rules, gCO2e per unit
 * @param differenceGPerUnit   remeasured − claimed, gCO2e per unit
 * @param combinedHalfWidthGPerUnit the 95 % half-width of that difference, gCO2e per unit
 * @param referenceDifferences where the re-measurement's files differ from the profile's reference environment
 *                             ({@code stated} is the reference's value); empty when they match or none is named
 */
public record ClaimVerification(
        ScoredRepetitions claimed,
        ScoredRepetitions remeasured,
        double differenceGPerUnit,
        double combinedHalfWidthGPerUnit,
        List<MeasuredFacts.HardwareDifference> referenceDifferences) {
    public ClaimVerification {
        referenceDifferences = List.copyOf(referenceDifferences);
    }

    /** Whether the re-measurement agrees with the claim: the difference's interval contains zero. */
    public boolean consistent() {
        return Math.abs(differenceGPerUnit) <= combinedHalfWidthGPerUnit;
    }

    public double lowDifferenceGPerUnit() {
        return differenceGPerUnit - combinedHalfWidthGPerUnit;
    }

    public double highDifferenceGPerUnit() {
        return differenceGPerUnit + combinedHalfWidthGPerUnit;
    }

    /**
     * @param report         the vendor's report (its embedded files are the claim's evidence)
     * @param officerFiles   the re-measurement, one file per repetition
     * @param labels         names of the officer's files for messages
     * @param declaredOrNull R per repetition of the re-measurement when its files hold no counts
     */
    public static ClaimVerification verify(
            ProcurementProfile p,
            SciReport report,
            List<Measurement> officerFiles,
            List<String> labels,
            Double declaredOrNull) {
        List<String> reportLabels = new ArrayList<>();
        for (int i = 0; i < report.measurements().size(); i++) {
            reportLabels.add("--report measurements[" + i + "]");
        }
        MeasuredFacts claimFacts = MeasuredFacts.of(
                report.measurements(), reportLabels, p.usageScenario().warmUpSeconds(), p.functionalUnit());
        ScoredRepetitions claimed = Normalisation.score(
                p,
                claimFacts,
                claimFacts.hasCounts()
                        ? claimFacts.countedUnits()
                        : report.functionalUnit().unitsPerRepetition());
        MeasuredFacts officerFacts =
                MeasuredFacts.of(officerFiles, labels, p.usageScenario().warmUpSeconds(), p.functionalUnit());
        ReferenceEnvironment reference = p.referenceEnvironment();
        if (reference != null) {
            longEnough(reference, officerFacts, labels);
        }
        ScoredRepetitions remeasured =
                Normalisation.score(p, officerFacts, officerFacts.unitsPerRepetition(labels, declaredOrNull));
        double difference = remeasured.sciGPerUnit() - claimed.sciGPerUnit();
        return new ClaimVerification(
                claimed,
                remeasured,
                difference,
                Math.hypot(half(claimed.uncertainty()), half(remeasured.uncertainty())),
                referenceDifferences(reference, officerFacts));
    }

    /** The reference's CPU model and cores held to the files as a vendor's stated ones are (one rule). */
    private static List<MeasuredFacts.HardwareDifference> referenceDifferences(
            ReferenceEnvironment referenceOrNull, MeasuredFacts facts) {
        if (referenceOrNull == null || (referenceOrNull.cpuModel() == null && referenceOrNull.logicalCores() == null)) {
            return List.of();
        }
        return facts.hardwareDifferences(
                new HardwareClaim(null, referenceOrNull.cpuModel(), referenceOrNull.logicalCores(), null));
    }

    /** Each repetition must cover the reference duration after the warm-up. */
    private static void longEnough(ReferenceEnvironment reference, MeasuredFacts facts, List<String> labels) {
        for (int i = 0; i < labels.size(); i++) {
            double seconds = facts.repetitionSeconds().get(i);
            if (seconds < reference.durationSeconds()) {
                throw new InvalidInputException(labels.get(i) + " covers " + Numbers.display(seconds)
                        + " s after the warm-up, less than the " + Numbers.display(reference.durationSeconds())
                        + " s the profile's reference environment asks for: run the repetition longer");
            }
        }
    }

    /** The 95 % half-width of a score before clamping at zero. */
    private static double half(Uncertainty u) {
        return Math.hypot(u.repetitionHalfWidthGPerUnit(), u.accuracyHalfWidthGPerUnit());
    }
}
