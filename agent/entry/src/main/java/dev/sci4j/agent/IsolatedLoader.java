package dev.sci4j.agent;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the class loader the agent core runs in. The agent jar carries the core and its libraries (ASM,
 * OSHI + JNA, Micrometer + the Prometheus client, Jackson, the measurement format) as nested jars under
 * {@code inst/}: no class loader looks there, so none of them can clash with the application's own versions.
 * They are extracted (see {@link JarCache}) and loaded by a {@link URLClassLoader} whose parent is the platform
 * class loader, so the core sees the JDK and nothing of the application. Nested jars rather than renamed class
 * entries, because JNA and OSHI find native libraries and resources through ordinary jar URLs; isolation by
 * class loader instead of relocation, because JNA cannot be relocated.
 */
final class IsolatedLoader {
    static final String PREFIX = "inst/";
    /** Jars whose classes go to the bootstrap class loader: the hooks and unit counters that instrumented code in any class loader calls. */
    static final String BOOT_PREFIX = "boot/";
    /** Fresh extraction directories are named {@code sci4j-agent-<pid>-<random>}. */
    static final String DIR_PREFIX = "sci4j-agent-";

    private IsolatedLoader() {}

    /**
     * Extracts the nested jars, puts {@value #BOOT_PREFIX}{@code *.jar} into the bootstrap class loader ({@link BootClasses}, before
     * anything is instrumented, so instrumented code always finds the hooks) and returns the isolated loader.
     */
    static ClassLoader create(Class<?> anchor, Instrumentation instrumentation) throws IOException, URISyntaxException {
        Path agentJar = Path.of(
                anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> jars = extract(agentJar, tmp);
        List<URL> urls = new ArrayList<>();
        List<Path> bootJars = new ArrayList<>();
        for (Path jar : jars) {
            if (jar.getFileName().toString().startsWith(JarCache.BOOT_MARK)) {
                bootJars.add(jar);
            } else {
                urls.add(jar.toUri().toURL());
            }
        }
        if (urls.isEmpty()) {
            throw new IOException("no " + PREFIX + "*.jar entries in " + agentJar);
        }
        urls.sort(Comparator.comparingInt(IsolatedLoader::searchRank));
        ClassLoader loader =
                new URLClassLoader("sci4j-agent", urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        for (Path jar : bootJars) {
            BootClasses.install(instrumentation, jar, loader);
        }
        return loader;
    }

    /**
     * The jars the start-up path needs, in the order it needs them: the core and ASM before the application's
     * {@code main}, the measurement format and Micrometer's core on the sampler thread's first reading.
     */
    private static final List<String> FIRST =
            List.of("sci4j-agent-core", "asm-", "sci4j-measurement", "micrometer-core", "micrometer-commons");
    /** Large jars that most runs never need (JNA and OSHI off Linux or with a GPU, Jackson, protobuf formats). */
    private static final List<String> LAST =
            List.of("jna", "oshi-core", "jackson-", "prometheus-metrics-exposition-formats");

    /**
     * The search order. A class loader opens a jar, reading its whole central directory, the first time a search
     * reaches it; in this order the start-up path opens four small jars instead of most of twenty (JNA's platform
     * jar alone lists ~1,300 entries, Jackson's databind ~800), which it did when looking for Micrometer.
     */
    static int searchRank(URL jar) {
        String name = jar.getPath().substring(jar.getPath().lastIndexOf('/') + 1);
        for (int i = 0; i < FIRST.size(); i++) {
            if (name.startsWith(FIRST.get(i))) {
                return i;
            }
        }
        for (String last : LAST) {
            if (name.startsWith(last)) {
                return FIRST.size() + 1;
            }
        }
        return FIRST.size();
    }

    /**
     * The per-user cache when it can be trusted (most starts then copy nothing: copying ~19 MB was most of the
     * agent's start-up time), else a fresh directory deleted at exit, as before.
     */
    private static List<Path> extract(Path agentJar, Path tmp) throws IOException {
        try {
            List<Path> cached = JarCache.inUserCache(agentJar, tmp);
            if (cached != null) {
                return cached;
            }
        } catch (IOException | RuntimeException e) {
            // fall through: a cache we cannot trust or write is never used
        }
        removeStale(tmp);
        Path dir = Files.createTempDirectory(
                tmp, DIR_PREFIX + ProcessHandle.current().pid() + "-");
        dir.toFile().deleteOnExit(); // registered first, deleted last
        List<Path> jars = JarCache.extractInto(agentJar, dir);
        jars.forEach(jar -> jar.toFile().deleteOnExit());
        return jars;
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
                if (pid > 0 && ProcessHandle.of(pid).isEmpty() && JarCache.ownDirectory(dir)) {
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

    static void deleteQuietly(Path dir) {
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
