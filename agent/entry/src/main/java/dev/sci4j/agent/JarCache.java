package dev.sci4j.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Extracts the agent's nested jars, once per content of the agent jar, into a cache only its user can touch:
 * {@code <tmp>/sci4j-agent-cache-<user>/v-<key>/}, where the key hashes the nested jars' names, sizes and
 * CRC-32s (see {@link #contentKey}). The agent may run as root in a shared temp folder, so the cache is used only
 * when its root is a real directory (not a link) owned by this user with mode 700, and every cached jar still has
 * the size recorded in the agent jar; anything else means "do not use the cache". A new version is extracted
 * into a private temp directory and published with an atomic rename, so two JVMs starting together never see
 * half a cache. Stateless and thread-safe.
 */
final class JarCache {
    /** Extracted bootstrap jars are prefixed so the caller can tell them from the isolated ones. */
    static final String BOOT_MARK = "boot-";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private JarCache() {}

    /** The cached jars for {@code agentJar}, extracting them first if needed; null when no cache can be trusted. */
    static List<Path> inUserCache(Path agentJar, Path tmp) throws IOException {
        String user = System.getProperty("user.name", "").replaceAll("[^A-Za-z0-9._-]", "_");
        if (user.isEmpty()) {
            return null;
        }
        Path root = tmp.resolve("sci4j-agent-cache-" + user);
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectory(root, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (FileAlreadyExistsException raced) {
                // another JVM created it: checked below like any existing root
            }
        }
        if (!ownDirectory(root)
                || !Files.getPosixFilePermissions(root, LinkOption.NOFOLLOW_LINKS)
                        .equals(OWNER_ONLY)) {
            return null;
        }
        try (JarFile jar = new JarFile(agentJar.toFile(), false)) {
            Map<JarEntry, String> nested = nestedJars(jar);
            Path version = root.resolve("v-" + contentKey(nested.keySet()));
            List<Path> cached = verified(nested, version);
            if (cached != null) {
                pruneOthers(root, version);
                return cached;
            }
            if (Files.exists(version, LinkOption.NOFOLLOW_LINKS)) {
                IsolatedLoader.deleteQuietly(version); // damaged (e.g. a full disk cut a copy short): ours to redo
            }
            Path staging = Files.createTempDirectory(root, "staging-");
            extractInto(jar, nested, staging);
            try {
                Files.move(staging, version, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                IsolatedLoader.deleteQuietly(staging); // another JVM published it first
            }
            pruneOthers(root, version);
            return verified(nested, version);
        }
    }

    /**
     * The cache key of the nested jars: a 64-bit FNV-1a hash of each one's name, size and CRC-32 as the agent jar's
     * central directory records them. Not the agent jar's size and time stamp: a rebuild of the same size keeps
     * its time stamp under reproducible builds or a {@code COPY} into an image, and would load stale classes. The
     * CRC-32s come with opening the jar (nothing is read or decompressed), so start-up pays nothing for them.
     */
    static String contentKey(Iterable<JarEntry> nested) {
        long hash = 0xcbf29ce484222325L;
        for (JarEntry e : nested) {
            String name = e.getName();
            for (int i = 0; i < name.length(); i++) {
                hash = (hash ^ name.charAt(i)) * 0x100000001b3L;
            }
            hash = (hash ^ e.getSize()) * 0x100000001b3L;
            hash = (hash ^ e.getCrc()) * 0x100000001b3L;
        }
        return Long.toHexString(hash);
    }

    /** The jars in {@code dir} when each nested jar is there as a real file of its size. */
    private static List<Path> verified(Map<JarEntry, String> nested, Path dir) throws IOException {
        if (!ownDirectory(dir)) {
            return null;
        }
        List<Path> jars = new ArrayList<>();
        for (Map.Entry<JarEntry, String> e : nested.entrySet()) {
            Path file = dir.resolve(e.getValue());
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || Files.size(file) != e.getKey().getSize()) {
                return null;
            }
            jars.add(file);
        }
        return jars;
    }

    /** Copies every nested jar of {@code agentJar} into {@code dir}; returns them in jar order. */
    static List<Path> extractInto(Path agentJar, Path dir) throws IOException {
        try (JarFile jar = new JarFile(agentJar.toFile(), false)) {
            return extractInto(jar, nestedJars(jar), dir);
        }
    }

    private static List<Path> extractInto(JarFile jar, Map<JarEntry, String> nested, Path dir) throws IOException {
        List<Path> jars = new ArrayList<>();
        byte[] buffer = new byte[1 << 20]; // the nested jars are stored uncompressed: copying is the whole cost
        for (Map.Entry<JarEntry, String> e : nested.entrySet()) {
            Path file = dir.resolve(e.getValue());
            try (InputStream in = jar.getInputStream(e.getKey());
                    OutputStream out = Files.newOutputStream(file)) {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                }
            }
            jars.add(file);
        }
        return jars;
    }

    /** The nested jars of the agent jar, in jar order, each with the file name it gets when extracted. */
    private static Map<JarEntry, String> nestedJars(JarFile jar) {
        Map<JarEntry, String> nested = new LinkedHashMap<>();
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            JarEntry e = entries.nextElement();
            String target = targetName(e.getName());
            if (target != null) {
                nested.put(e, target);
            }
        }
        return nested;
    }

    /** {@code inst/x.jar} → {@code x.jar}, {@code boot/y.jar} → {@code boot-y.jar}, anything else → null. */
    private static String targetName(String entry) {
        if (!entry.endsWith(".jar")) {
            return null;
        }
        String base = entry.substring(entry.lastIndexOf('/') + 1);
        if (entry.startsWith(IsolatedLoader.BOOT_PREFIX)) {
            return BOOT_MARK + base;
        }
        return entry.startsWith(IsolatedLoader.PREFIX) ? base : null;
    }

    /**
     * Keeps the cache bounded: marks {@code current} as in use (its modification time) and deletes the other
     * builds' {@code v-*} directories and abandoned {@code staging-*} directories not used for {@link #UNUSED_FOR}
     * (each build is ~10 MB; without this every agent upgrade would leave one behind). The grace period spares a
     * JVM of another build that is starting now or still opening its jars (a class loader opens each jar lazily,
     * but a running agent has opened the ones it uses within its first minute). Only the agent's own names, only
     * real directories of this user; any failure leaves the directory for the next start.
     */
    static void pruneOthers(Path root, Path current) {
        try {
            long now = System.currentTimeMillis();
            Files.setLastModifiedTime(current, FileTime.fromMillis(now));
            try (Stream<Path> entries = Files.list(root)) {
                for (Path dir : (Iterable<Path>) entries::iterator) {
                    String name = dir.getFileName().toString();
                    if (dir.equals(current) || !(name.startsWith("v-") || name.startsWith("staging-"))) {
                        continue;
                    }
                    long modified = Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS)
                            .toMillis();
                    if (now - modified > UNUSED_FOR.toMillis() && ownDirectory(dir)) {
                        IsolatedLoader.deleteQuietly(dir);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // pruning is housekeeping: the agent starts all the same
        }
    }

    /** How long another build's cache directory must have gone unused before it is deleted. */
    static final Duration UNUSED_FOR = Duration.ofHours(1);

    /**
     * Only a real directory (not a symlink planted in a shared temp folder) owned by the user running this JVM:
     * the agent may run as root, and must never follow someone else's link.
     */
    static boolean ownDirectory(Path dir) throws IOException {
        return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                && Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"));
    }
}
