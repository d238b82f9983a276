package dev.sci4j.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.sign.SignatureBlock;
import java.util.Optional;

/**
 * A report as read from a file: the validated model, the JSON tree it came from (what a signature covers), and
 * its signature block when it has one. Immutable by convention (do not modify the tree); then thread-safe.
 */
public record ReadReport(SciReport report, ObjectNode tree, SignatureBlock signatureOrNull) {
    public Optional<SignatureBlock> signature() {
        return Optional.ofNullable(signatureOrNull);
    }
}
