package dev.sci4j.compare;

import dev.sci4j.grid.FactorTable;
import dev.sci4j.i18n.Message;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.profile.ProcurementProfile;
import dev.sci4j.report.InvalidReportException;
import dev.sci4j.report.ReadReport;
import dev.sci4j.report.ReportJson;
import dev.sci4j.report.ReportScoring;
import dev.sci4j.report.ReportVerifier;
import dev.sci4j.report.ScoredRepetitions;
import dev.sci4j.score.IntensityInput;
import dev.sci4j.sign.DocumentSigner;
import dev.sci4j.sign.Ed25519Keys;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Compares vendor reports under a procurement profile: reads and validates each one, verifies its signature
 * (against the key whose fingerprint it names, when keys are given) and its recomputation, checks every profile
 * requirement, recomputes conformant reports under the profile's grid normalisation and ranks them, saying which
 * ones cannot be told apart (overlapping 95 % intervals). A bad report never stops the comparison of the others.
 * Stateless and thread-safe.
 */
public final class VendorComparison {
    private VendorComparison() {}

    public static Comparison compare(
            ProcurementProfile profile, List<Path> reports, List<PublicKey> keys, Instant now) {
        IntensityInput normalised = profile.grid().intensity();
        List<ComparisonEntry> entries = new ArrayList<>();
        for (Path file : reports) {
            entries.add(assess(profile, file, keys, normalised));
        }
        return new Comparison(profile, now, !keys.isEmpty(), tableIntensity(profile), rank(profile, entries));
    }

    private static double tableIntensity(ProcurementProfile p) {
        return FactorTable.bundled()
                .lookup(p.grid().region(), p.grid().year(), p.grid().source())
                .gramsPerKwh();
    }

    private static ComparisonEntry assess(
            ProcurementProfile profile, Path file, List<PublicKey> keys, IntensityInput normalised) {
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
        List<Message> reasons = new ArrayList<>(signature(read, keys));
        reasons.addAll(ReportVerifier.verify(read, null));
        reasons.addAll(ConformanceCheck.check(profile, read.report(), read.tree()));
        if (!reasons.isEmpty()) {
            return new ComparisonEntry(file.toString(), read.report(), reasons, null, 0, null, List.of());
        }
        try {
            ScoredRepetitions scored = ReportScoring.recompute(read.report(), normalised);
            return new ComparisonEntry(file.toString(), read.report(), List.of(), scored, 0, null, List.of());
        } catch (IllegalArgumentException e) {
            // As in ReportVerifier: figures that cannot be scored again reject the report, not the comparison.
            return new ComparisonEntry(
                    file.toString(),
                    read.report(),
                    List.of(Message.of("verify.recomputeFailed", e.getMessage())),
                    null,
                    0,
                    null,
                    List.of());
        }
    }

    /** With keys given, the report must be signed by the one its signature names, and the signature must hold. */
    private static List<Message> signature(ReadReport read, List<PublicKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        if (read.signatureOrNull() == null) {
            return List.of(Message.of("verify.unsigned"));
        }
        String named = read.signatureOrNull().publicKeySha256();
        for (PublicKey k : keys) {
            if (Ed25519Keys.fingerprint(k).equals(named)) {
                return DocumentSigner.verify(read.tree(), read.signatureOrNull(), k)
                        ? List.of()
                        : List.of(Message.of("verify.signatureInvalid"));
            }
        }
        return List.of(Message.of("verify.unknownKey", named));
    }

    private static ComparisonEntry rejected(Path file, Message why) {
        return new ComparisonEntry(file.toString(), null, List.of(why), null, 0, null, List.of());
    }

    private static List<ComparisonEntry> rank(ProcurementProfile profile, List<ComparisonEntry> entries) {
        List<ComparisonEntry> ok = entries.stream()
                .filter(ComparisonEntry::conformant)
                .sorted(Comparator.comparingDouble(e -> e.normalisedOrNull().sciGPerUnit()))
                .toList();
        List<ComparisonEntry> out = new ArrayList<>();
        for (int i = 0; i < ok.size(); i++) {
            ComparisonEntry e = ok.get(i);
            List<String> overlapping = new ArrayList<>();
            for (ComparisonEntry other : ok) {
                if (other != e
                        && e.normalisedOrNull()
                                .uncertainty()
                                .overlaps(other.normalisedOrNull().uncertainty())) {
                    overlapping.add(other.name());
                }
            }
            out.add(e.ranked(i + 1, profile.grade(e.normalisedOrNull().sciGPerUnit()), overlapping));
        }
        entries.stream().filter(e -> !e.conformant()).forEach(out::add);
        return out;
    }
}
