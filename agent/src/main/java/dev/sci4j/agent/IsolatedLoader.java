package dev.sci4j.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.instrument.Instrumentation;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Builds the class loader the agent core runs in. The agent jar carries the core and its libraries (Byte Buddy,
 * OSHI + JNA, Micrometer + the Prometheus client, Jackson, the measurement format) as nested jars under
 * {@code inst/}: no class loader looks there, so none of them can clash with the application's own versions.
 * They are copied to a fresh temporary directory (deleted at exit) and loaded by a {@link URLClassLoader} whose
 * parent is the platform class loader, so the core sees the JDK and nothing of the application. Nested jars
 * rather than renamed class entries, because JNA and OSHI find native libraries and resources through ordinary
 * jar URLs; isolation by class loader instead of relocation, because JNA cannot be relocated.
 */
final class IsolatedLoader {
    static final String PREFIX = "inst/";
    /** Jars appended to the bootstrap class path: the unit counters that advice in any class loader calls. */
    static final String BOOT_PREFIX = "boot/";
    /** Extraction directories are named {@code sci4j-agent-<pid>-<random>}. */
    static final String DIR_PREFIX = "sci4j-agent-";

    private IsolatedLoader() {
    }

    /**
     * Extracts the nested jars, appends {@value #BOOT_PREFIX}{@code *.jar} to the bootstrap class path (before
     * anything is instrumented, so inlined advice always finds the counters) and returns the isolated loader.
     */
    static ClassLoader create(Class<?> anchor, Instrumentation instrumentation) throws IOException, URISyntaxException {
        Path agentJar = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        removeStale(tmp);
        Path dir = Files.createTempDirectory(tmp, DIR_PREFIX + ProcessHandle.current().pid() + "-");
        dir.toFile().deleteOnExit(); // registered first, deleted last
        List<URL> urls = new ArrayList<>();
        byte[] buffer = new byte[1 << 20]; // the nested jars are stored uncompressed: copying is the whole cost
        try (JarFile jar = new JarFile(agentJar.toFile(), false)) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                String name = e.getName();
                boolean boot = name.startsWith(BOOT_PREFIX);
                if (!(boot || name.startsWith(PREFIX)) || !name.endsWith(".jar")) {
                    continue;
                }
                Path target = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
                try (InputStream in = jar.getInputStream(e); OutputStream out = Files.newOutputStream(target)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        out.write(buffer, 0, n);
                    }
                }
                target.toFile().deleteOnExit();
                if (boot) {
                    instrumentation.appendToBootstrapClassLoaderSearch(new JarFile(target.toFile()));
                } else {
                    urls.add(target.toUri().toURL());
                }
            }
        }
        if (urls.isEmpty()) {
            throw new IOException("no " + PREFIX + "*.jar entries in " + agentJar);
        }
        return new URLClassLoader("sci4j-agent", urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    }

    /**
     * Deletes extraction directories left by JVMs that died without running their exit hooks (kill -9, OOM
     * killer), which would otherwise pile up ~20 MB per start. Only directories whose process is gone are
     * touched; failures (another user's directory, a race with another JVM) are ignored.
     */
    static void removeStale(Path tmp) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, DIR_PREFIX + "*")) {
            for (Path dir : dirs) {
                long pid = pidOf(dir.getFileName().toString());
                if (pid > 0 && ProcessHandle.of(pid).isEmpty() && ownDirectory(dir)) {
                    deleteQuietly(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a stale directory costs disk space, never correctness
        }
    }

    static long pidOf(String dirName) {
        int end = dirName.indexOf('-', DIR_PREFIX.length());
        if (end < 0) {
            return -1;
        }
        try {
            return Long.parseLong(dirName.substring(DIR_PREFIX.length(), end));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Only a real directory (not a symlink planted in a shared temp folder) owned by the user running this JVM:
     * the agent may run as root, and must never follow someone else's link into files it should not delete.
     */
    private static boolean ownDirectory(Path dir) throws IOException {
        return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                && Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"));
    }

    private static void deleteQuietly(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException | RuntimeException e) {
            // see removeStale
        }
    }
}
