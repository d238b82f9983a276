package dev.sci4j.sign;

import dev.sci4j.input.InputFiles;
import dev.sci4j.input.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 keys with the JDK's own provider, stored as PEM: the private key as PKCS#8 ({@code PRIVATE KEY}), the
 * public key as X.509 SubjectPublicKeyInfo ({@code PUBLIC KEY}) — the forms OpenSSL reads and writes. Files are
 * never overwritten. Stateless and thread-safe.
 */
public final class Ed25519Keys {
    private static final String PRIVATE = "PRIVATE KEY";
    private static final String PUBLIC = "PUBLIC KEY";

    private Ed25519Keys() {}

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(SignatureBlock.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no Ed25519 (Java 15+ has it built in)", e);
        }
    }

    /** Writes {@code NAME.key} (readable by the owner only, where the file system allows) and {@code NAME.pub}. */
    public static void write(KeyPair pair, Path privateFile, Path publicFile) throws IOException {
        for (Path p : new Path[] {privateFile, publicFile}) {
            if (Files.exists(p)) {
                throw new FileAlreadyExistsException(p.toString());
            }
        }
        Path dir = privateFile.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Files.writeString(
                privateFile,
                pem(PRIVATE, pair.getPrivate().getEncoded()),
                StandardCharsets.US_ASCII,
                StandardOpenOption.CREATE_NEW);
        try {
            Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (e.g. Windows): the directory's permissions protect the key.
        }
        Files.writeString(
                publicFile,
                pem(PUBLIC, pair.getPublic().getEncoded()),
                StandardCharsets.US_ASCII,
                StandardOpenOption.CREATE_NEW);
    }

    public static PrivateKey readPrivate(Path file) {
        byte[] der = der(file, PRIVATE);
        try {
            return KeyFactory.getInstance(SignatureBlock.ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw InvalidInputException.file(file, "is not an Ed25519 private key (PKCS#8 PEM): " + e.getMessage());
        }
    }

    public static PublicKey readPublic(Path file) {
        byte[] der = der(file, PUBLIC);
        try {
            return KeyFactory.getInstance(SignatureBlock.ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw InvalidInputException.file(file, "is not an Ed25519 public key (X.509 PEM): " + e.getMessage());
        }
    }

    /** SHA-256 of the public key's X.509 DER encoding, lower-case hex: a short name for the key. */
    public static String fingerprint(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END " + label + "-----\n";
    }

    private static byte[] der(Path file, String label) {
        byte[] bytes = InputFiles.bytes(file, InputFiles.Kind.KEY);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                throw InvalidInputException.file(
                        file, "is not a PEM key file: byte " + (i + 1) + " is not ASCII (PEM is ASCII text)");
            }
        }
        String text = new String(bytes, StandardCharsets.US_ASCII);
        int blocks = text.split("-----BEGIN ", -1).length - 1;
        if (blocks > 1) {
            throw InvalidInputException.file(
                    file, "holds " + blocks + " PEM blocks; a key file must hold exactly one key");
        }
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from || !text.substring(to + end.length()).isBlank()) {
            throw InvalidInputException.file(file, "is not a PEM file with a '" + begin + "' block");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.file(file, "holds a PEM block that is not valid base64");
        }
    }
}
