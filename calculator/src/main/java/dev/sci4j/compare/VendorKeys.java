package dev.sci4j.compare;

import dev.sci4j.input.InvalidInputException;
import dev.sci4j.sign.Ed25519Keys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which public key each vendor registered with the buyer, by the vendor name its reports state: a report is
 * genuine only if signed by the key registered for the vendor it names. Given as {@code NAME=FILE}
 * ({@code --vendor-key}) or a registry file of such lines ({@code #} comments; FILE relative to the registry).
 * Immutable and thread-safe.
 */
public record VendorKeys(Map<String, PublicKey> byVendor) {
    public VendorKeys {
        byVendor = Collections.unmodifiableMap(new LinkedHashMap<>(byVendor));
    }

    public static VendorKeys none() {
        return new VendorKeys(Map.of());
    }

    public boolean isEmpty() {
        return byVendor.isEmpty();
    }

    public Optional<PublicKey> of(String vendor) {
        return Optional.ofNullable(byVendor.get(vendor.strip()));
    }

    /**
     * @param pairs    {@code NAME=FILE} as given on the command line
     * @param registry a file of {@code NAME=FILE} lines, or null
     */
    public static VendorKeys read(List<String> pairs, Path registry) {
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        for (String pair : pairs) {
            add(keys, pair, Path.of(""), "--vendor-key '" + pair + "'");
        }
        if (registry != null) {
            List<String> lines;
            try {
                lines = Files.readAllLines(registry, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw InvalidInputException.file(registry, "cannot be read: " + e.getMessage());
            }
            Path base = registry.toAbsolutePath().getParent();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    add(keys, line, base, "--vendor-keys " + registry + " line " + (i + 1));
                }
            }
        }
        return new VendorKeys(keys);
    }

    private static void add(Map<String, PublicKey> keys, String pair, Path base, String where) {
        int eq = pair.lastIndexOf('=');
        if (eq <= 0 || eq == pair.length() - 1) {
            throw new InvalidInputException(where + ": write VENDOR=PUBLIC-KEY-FILE, e.g. '甲資訊=keys/a.pub'");
        }
        String vendor = pair.substring(0, eq).strip();
        PublicKey key =
                Ed25519Keys.readPublic(base.resolve(pair.substring(eq + 1).strip()));
        if (keys.putIfAbsent(vendor, key) != null) {
            throw new InvalidInputException(where + ": vendor '" + vendor + "' already has a key");
        }
    }
}
