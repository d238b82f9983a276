package dev.sci4j.sign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * Signs and verifies a JSON document: the Ed25519 signature covers {@link CanonicalJson} of the document with
 * its top-level {@value SignatureBlock#MEMBER} member removed, so any change to any other member — a number,
 * a string, an added or removed field — invalidates it, while formatting (whitespace, member order) does not.
 * Stateless and thread-safe.
 */
public final class DocumentSigner {
    /** An Ed25519 signature's length (RFC 8032). */
    static final int SIGNATURE_BYTES = 64;

    private DocumentSigner() {}

    /** The block to put in the document's {@code signature} member. */
    public static SignatureBlock sign(ObjectNode document, PrivateKey key, PublicKey publicKey) {
        try {
            Signature s = Signature.getInstance(SignatureBlock.ALGORITHM);
            s.initSign(key);
            s.update(CanonicalJson.bytes(unsigned(document)));
            return new SignatureBlock(
                    SignatureBlock.ALGORITHM,
                    SignatureBlock.CANONICALIZATION,
                    Ed25519Keys.fingerprint(publicKey),
                    Base64.getEncoder().encodeToString(s.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /**
     * Whether {@code block} is a valid signature of {@code document} by {@code key}. The whole block counts: the
     * canonicalization must be the one sci4j signs with (any other text would claim a different signed form), and
     * the value exactly one Ed25519 signature in canonical base64 (no bytes appended, no other spelling).
     */
    public static boolean verify(ObjectNode document, SignatureBlock block, PublicKey key) {
        if (!SignatureBlock.CANONICALIZATION.equals(block.canonicalization())) {
            return false;
        }
        byte[] signature = canonicalSignature(block.value());
        if (signature == null) {
            return false;
        }
        try {
            Signature s = Signature.getInstance(SignatureBlock.ALGORITHM);
            s.initVerify(key);
            s.update(CanonicalJson.bytes(unsigned(document)));
            return s.verify(signature);
        } catch (java.security.SignatureException e) {
            return false; // a malformed signature value is simply not a valid signature
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 verification failed to run", e);
        }
    }

    /** The signature bytes, or {@code null} unless {@code value} is exactly 64 bytes in canonical base64. */
    static byte[] canonicalSignature(String value) {
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (signature.length != SIGNATURE_BYTES
                || !Base64.getEncoder().encodeToString(signature).equals(value)) {
            return null;
        }
        return signature;
    }

    /** A copy of the document without its signature member: what the signature covers. */
    public static JsonNode unsigned(ObjectNode document) {
        ObjectNode copy = document.deepCopy();
        copy.remove(SignatureBlock.MEMBER);
        return copy;
    }
}
