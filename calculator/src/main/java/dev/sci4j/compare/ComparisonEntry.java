package dev.sci4j.compare;

import dev.sci4j.i18n.Message;
import dev.sci4j.report.MeasuredFacts;
import dev.sci4j.report.SciReport;
import dev.sci4j.report.ScoredRepetitions;
import java.util.List;

/**
 * One submitted report in a comparison. A conformant entry carries its score recomputed under the profile's
 * rules ({@link Normalisation}: grid, reference PUE, embodied model, warm-up, functional unit) with the 95 %
 * interval, its location-based score as the vendor stated it, its grade and rank, and the vendors it cannot be
 * told apart from. A non-conformant one carries the reasons, and a report that could not be read has no
 * {@code report}. Immutable and thread-safe.
 *
 * @param file                  the report file as given
 * @param reportOrNull          the report, null when it could not be read
 * @param reasons               why it is not conformant; empty when it is
 * @param factsOrNull           what its measurement files say under the profile's rules; null when unreadable
 * @param signerOrNull          the SHA-256 fingerprint of the key the signature names; null when unsigned
 * @param signerVerified        whether that key is the one registered for the vendor and the signature holds
 * @param normalisedOrNull      recomputed under the profile's rules; null when not conformant
 * @param rank                  1 for the lowest normalised score (equal scores share a rank); 0 when not
 *                              conformant
 * @param grade                 the profile's grade for the normalised score; null when not conformant
 * @param indistinguishableFrom names ({@link #name()}) of conformant entries whose intervals overlap this one's
 */
public record ComparisonEntry(
        String file,
        SciReport reportOrNull,
        List<Message> reasons,
        MeasuredFacts factsOrNull,
        String signerOrNull,
        boolean signerVerified,
        ScoredRepetitions normalisedOrNull,
        int rank,
        String grade,
        List<String> indistinguishableFrom) {
    public ComparisonEntry {
        reasons = List.copyOf(reasons);
        indistinguishableFrom = List.copyOf(indistinguishableFrom);
    }

    public boolean conformant() {
        return reasons.isEmpty() && normalisedOrNull != null;
    }

    /** The vendor and software, or the file name when the report could not be read. */
    public String name() {
        return reportOrNull == null
                ? file
                : reportOrNull.vendor().name() + " — " + reportOrNull.software().name() + " "
                        + reportOrNull.software().version();
    }

    ComparisonEntry ranked(int newRank, String newGrade, List<String> overlapping) {
        return new ComparisonEntry(
                file,
                reportOrNull,
                reasons,
                factsOrNull,
                signerOrNull,
                signerVerified,
                normalisedOrNull,
                newRank,
                newGrade,
                overlapping);
    }

    /** The same entry with more reasons, which makes it non-conformant. */
    ComparisonEntry rejectedFor(List<Message> more) {
        List<Message> all = new java.util.ArrayList<>(reasons);
        all.addAll(more);
        return new ComparisonEntry(
                file, reportOrNull, all, factsOrNull, signerOrNull, signerVerified, null, 0, null, List.of());
    }
}
