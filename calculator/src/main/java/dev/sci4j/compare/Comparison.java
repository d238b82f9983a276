package dev.sci4j.compare;

import dev.sci4j.profile.ProcurementProfile;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of comparing vendor reports under one profile: conformant entries ranked by normalised score
 * (lowest first), then the non-conformant ones in the order given. Immutable and thread-safe.
 *
 * @param signaturesChecked whether public keys were given, so every report had to be signed by one of them
 */
public record Comparison(
        ProcurementProfile profile,
        Instant comparedAt,
        boolean signaturesChecked,
        double normalisedIntensityGPerKwh,
        List<ComparisonEntry> entries) {
    public Comparison {
        entries = List.copyOf(entries);
    }

    public List<ComparisonEntry> ranked() {
        return entries.stream().filter(ComparisonEntry::conformant).toList();
    }

    public List<ComparisonEntry> nonConformant() {
        return entries.stream().filter(e -> !e.conformant()).toList();
    }
}
