package dev.sci4j.examples.shop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Deterministic CPU work: repeated SHA-256 rounds. The endpoints differ only in how many rounds they do, so
 * their CPU cost per request has a known ratio that the agent's per-unit energy must reproduce.
 * Thread-safe (a digest per call).
 */
public final class Work {
    private Work() {}

    /** Runs {@code rounds} SHA-256 rounds over {@code seed} and returns a short digest so the JIT keeps the work. */
    public static String rounds(String seed, int rounds) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
        byte[] data = seed.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < rounds; i++) {
            data = sha.digest(data);
        }
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            hex.append(String.format(java.util.Locale.ROOT, "%02x", data[i]));
        }
        return hex.toString();
    }
}
