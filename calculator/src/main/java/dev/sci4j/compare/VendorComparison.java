package dev.sci4j.compare;

import dev.sci4j.grid.FactorTable;
import dev.sci4j.i18n.Message;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.profile.ProcurementProfile;
import dev.sci4j.report.InvalidReportException;
import dev.sci4j.report.MeasuredFacts;
import dev.sci4j.report.ReadReport;
import dev.sci4j.report.ReportJson;
import dev.sci4j.report.ReportVerifier;
import dev.sci4j.report.SciReport;
import dev.sci4j.report.ScoredRepetitions;
import dev.sci4j.sign.DocumentSigner;
import dev.sci4j.sign.Ed25519Keys;
import dev.sci4j.sign.SignatureBlock;
import dev.sci4j.units.Numbers;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Compares vendor reports under a procurement profile: reads and validates each one, verifies its signature
 * against the key registered for the vendor it names, recomputes its stated figures, checks every claim its
 * measurement files can check ({@link ClaimCheck}) and every profile requirement, flags measurement files
 * submitted twice ({@link Duplicates}), scores conformant reports under the profile's rules ({@link
 * Normalisation}) and ranks them, saying which ones cannot be told apart (overlapping 95 % intervals). A bad report never stops the comparison of the others.
 * Stateless and thread-safe.
 */
public final class VendorComparison {
    private VendorComparison() {}

    /**
     * @param keys the vendors' registered keys; empty only when the officer accepted unverified reports
     */
    public static Comparison compare(ProcurementProfile profile, List<Path> reports, VendorKeys keys, Instant now) {
        List<ComparisonEntry> entries = new ArrayList<>();
        for (Path file : reports) {
            entries.add(assess(profile, file, keys));
        }
        return new Comparison(
                profile, now, !keys.isEmpty(), tableIntensity(profile), rank(profile, Duplicates.flag(entries)));
    }

    private static double tableIntensity(ProcurementProfile p) {
        return FactorTable.bundled()
                .lookup(p.grid().region(), p.grid().year(), p.grid().source())
                .gramsPerKwh();
    }

    private static ComparisonEntry assess(ProcurementProfile profile, Path file, VendorKeys keys) {
        ReadReport read;
        try {
            read = ReportJson.read(file);
        } catch (InvalidReportException e) {
            return rejected(
                    file,
                    Message.of(
                            "report."
                                    + e.problem()
                                            .name()
                                            .toLowerCase(Locale.ROOT)
                                            .replace('_', '-'),
                            String.join(", ", e.fields())));
        } catch (InvalidInputException e) {
            return rejected(file, Message.of("report.unreadable", e.getMessage()));
        }
        SciReport r = read.report();
        List<Message> signature = signature(read, keys);
        List<Message> reasons = new ArrayList<>(signature);
        reasons.addAll(ReportVerifier.verify(read, null));
        ClaimCheck.Outcome claims = ClaimCheck.check(profile, r);
        reasons.addAll(ConformanceCheck.check(profile, r, read.tree(), claims.factsOrNull()));
        reasons.addAll(claims.reasons());
        String signer = read.signature().map(SignatureBlock::publicKeySha256).orElse(null);
        boolean verified = !keys.isEmpty() && signature.isEmpty();
        MeasuredFacts facts = claims.factsOrNull();
        ScoredRepetitions normalised = null;
        if (reasons.isEmpty()) {
            try {
                normalised = Normalisation.score(
                        profile,
                        facts,
                        facts.hasCounts()
                                ? facts.countedUnits()
                                : r.functionalUnit().unitsPerRepetition());
            } catch (IllegalArgumentException e) {
                // As in ReportVerifier: figures that cannot be scored again reject the report, not the comparison.
                reasons.add(Message.of("verify.recomputeFailed", e.getMessage()));
            }
        }
        return new ComparisonEntry(
                file.toString(),
                r,
                reasons.stream().distinct().toList(),
                facts,
                signer,
                verified,
                normalised,
                0,
                null,
                List.of());
    }

    /**
     * With keys registered, the report must be signed by the key registered for the vendor it names, and the
     * signature must hold; without keys nothing is checked (the comparison is marked unverified).
     */
    private static List<Message> signature(ReadReport read, VendorKeys keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        SignatureBlock block = read.signatureOrNull();
        if (block == null) {
            return List.of(Message.of("verify.unsigned"));
        }
        String vendor = read.report().vendor().name();
        PublicKey registered = keys.of(vendor).orElse(null);
        if (registered == null) {
            return List.of(Message.of("verify.vendorUnregistered", vendor, block.publicKeySha256()));
        }
        String expected = Ed25519Keys.fingerprint(registered);
        if (!expected.equals(block.publicKeySha256())) {
            return List.of(Message.of("verify.notVendorKey", block.publicKeySha256(), vendor, expected));
        }
        return DocumentSigner.verify(read.tree(), block, registered)
                ? List.of()
                : List.of(Message.of("verify.signatureInvalid"));
    }

    private static ComparisonEntry rejected(Path file, Message why) {
        return new ComparisonEntry(file.toString(), null, List.of(why), null, null, false, null, 0, null, List.of());
    }

    /** Lowest normalised score first; equal scores (to the precision shown) share a rank, as ties. */
    private static List<ComparisonEntry> rank(ProcurementProfile profile, List<ComparisonEntry> entries) {
        List<ComparisonEntry> ok = entries.stream()
                .filter(ComparisonEntry::conformant)
                .sorted(Comparator.comparingDouble(e -> e.normalisedOrNull().sciGPerUnit()))
                .toList();
        List<ComparisonEntry> out = new ArrayList<>();
        int rank = 0;
        String previous = null;
        for (int i = 0; i < ok.size(); i++) {
            ComparisonEntry e = ok.get(i);
            String shown = Numbers.display(e.normalisedOrNull().sciGPerUnit());
            if (!shown.equals(previous)) {
                rank = i + 1;
                previous = shown;
            }
            List<String> overlapping = new ArrayList<>();
            for (ComparisonEntry other : ok) {
                if (other != e
                        && e.normalisedOrNull()
                                .uncertainty()
                                .overlaps(other.normalisedOrNull().uncertainty())) {
                    overlapping.add(other.name());
                }
            }
            out.add(e.ranked(rank, profile.grade(e.normalisedOrNull().sciGPerUnit()), overlapping));
        }
        entries.stream().filter(e -> !e.conformant()).forEach(out::add);
        return out;
    }
}
