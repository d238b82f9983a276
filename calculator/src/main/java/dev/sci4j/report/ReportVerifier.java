package dev.sci4j.report;

import dev.sci4j.i18n.Message;
import dev.sci4j.sign.DocumentSigner;
import dev.sci4j.sign.Ed25519Keys;
import dev.sci4j.sign.SignatureBlock;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a report that passed the schema is also genuine and consistent: its signature (when a public key
 * is given) and the recomputation of its score from the embedded measurements, which must reproduce every
 * stated figure within {@value #RELATIVE_TOLERANCE} relative. Stateless and thread-safe.
 */
public final class ReportVerifier {
    /** Recomputed and stated figures may differ only by floating-point noise. */
    public static final double RELATIVE_TOLERANCE = 1e-9;

    private ReportVerifier() {}

    /** The problems found, empty when the report is valid; {@code keyOrNull} null skips the signature check. */
    public static List<Message> verify(ReadReport read, PublicKey keyOrNull) {
        List<Message> problems = new ArrayList<>();
        if (keyOrNull != null) {
            signature(read, keyOrNull, problems);
        }
        recomputation(read.report(), problems);
        return problems;
    }

    private static void signature(ReadReport read, PublicKey key, List<Message> problems) {
        SignatureBlock block = read.signatureOrNull();
        if (block == null) {
            problems.add(Message.of("verify.unsigned"));
        } else if (!block.publicKeySha256().equals(Ed25519Keys.fingerprint(key))) {
            problems.add(Message.of("verify.otherKey", block.publicKeySha256(), Ed25519Keys.fingerprint(key)));
        } else if (!DocumentSigner.verify(read.tree(), block, key)) {
            problems.add(Message.of("verify.signatureInvalid"));
        }
    }

    private static void recomputation(SciReport r, List<Message> problems) {
        ScoredRepetitions again;
        try {
            again = ReportScoring.recompute(r);
        } catch (IllegalArgumentException e) {
            // The report's own figures cannot be scored again (e.g. R = 0): a finding about the report, not a crash.
            problems.add(Message.of("verify.recomputeFailed", e.getMessage()));
            return;
        }
        var s = again.total().score();
        compare("result.sciGPerUnit", r.result().sciGPerUnit(), s.gramsPerUnit(), problems);
        compare("result.energyKwh", r.result().energyKwh(), s.itEnergy().kwh(), problems);
        compare(
                "result.operationalG",
                r.result().operationalG(),
                s.operational().grams(),
                problems);
        compare("result.embodiedG", r.result().embodiedG(), s.embodied().grams(), problems);
        compare("result.functionalUnits", r.result().functionalUnits(), s.functionalUnits(), problems);
        compare(
                "uncertainty.lowSciGPerUnit",
                r.uncertainty().lowSciGPerUnit(),
                again.uncertainty().lowSciGPerUnit(),
                problems);
        compare(
                "uncertainty.highSciGPerUnit",
                r.uncertainty().highSciGPerUnit(),
                again.uncertainty().highSciGPerUnit(),
                problems);
    }

    private static void compare(String field, double stated, double recomputed, List<Message> problems) {
        if (!close(stated, recomputed)) {
            problems.add(Message.of("verify.mismatch", field, digits(stated), digits(recomputed)));
        }
    }

    /** Ten significant digits: enough to show a difference beyond the tolerance, short enough to read. */
    private static String digits(double v) {
        return new java.math.BigDecimal(v)
                .round(new java.math.MathContext(10))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** Equal within {@link #RELATIVE_TOLERANCE} of the larger magnitude. */
    public static boolean close(double a, double b) {
        return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }
}
