package dev.sci4j.sign;

import dev.sci4j.units.Invariants;

/**
 * The {@code signature} member of a signed document: the algorithm ({@value #ALGORITHM}), how the document
 * was canonicalised, the SHA-256 of the signer's public key (X.509 SubjectPublicKeyInfo DER, lower-case hex)
 * so a verifier can tell which key was used, and the signature in base64. Immutable and thread-safe.
 */
public record SignatureBlock(String algorithm, String canonicalization, String publicKeySha256, String value) {
    public static final String ALGORITHM = "Ed25519";
    public static final String CANONICALIZATION =
            "RFC 8785 JSON canonicalization of the document without its" + " top-level 'signature' member, UTF-8";
    /** The member that holds this block and that the canonical form leaves out. */
    public static final String MEMBER = "signature";

    public SignatureBlock {
        Invariants.present(algorithm, "signature.algorithm");
        if (!ALGORITHM.equals(algorithm)) {
            throw new IllegalArgumentException(
                    "signature.algorithm '" + algorithm + "' is not supported: only " + ALGORITHM);
        }
        Invariants.present(canonicalization, "signature.canonicalization");
        Invariants.present(publicKeySha256, "signature.publicKeySha256");
        Invariants.present(value, "signature.value");
    }
}
