package dev.sci4j.agent;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Puts the agent's bootstrap classes (the hooks and counters that instrumented code in any class loader calls) into
 * the bootstrap class loader. Where the JDK allows, each class is defined there directly, by the core's
 * {@code BootDefiner} with the JDK's internal {@code Unsafe.defineClass} (its package exported, through
 * {@link Instrumentation#redefineModule}, to the isolated loader's unnamed module only, which no application class
 * can reach), rather than by appending the jar to the bootstrap class path: an appended boot class path makes the
 * JVM print "Sharing is only supported for boot loader classes because bootstrap classpath has been appended" on
 * every start and turns off class-data sharing for the application's classes (a start-up regression for services
 * that use an AppCDS archive, as Spring Boot recommends). Where direct definition is refused, the jar is appended
 * as before. Called once, at start, before anything is instrumented.
 */
final class BootClasses {
    private static final String CLASS_SUFFIX = ".class";
    private static final String DEFINER = "dev.sci4j.agent.core.BootDefiner";

    private BootClasses() {}

    /** Defines the classes of {@code jar} in the boot loader, or appends the jar to the boot class path. */
    static void install(Instrumentation instrumentation, Path jar, ClassLoader isolated) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            if (defineAll(instrumentation, classes(file), isolated)) {
                return;
            }
        }
        instrumentation.appendToBootstrapClassLoaderSearch(new JarFile(jar.toFile()));
    }

    /** Class name → class file, package-info and resources left out (nothing reads them in the boot loader). */
    static Map<String, byte[]> classes(JarFile jar) throws IOException {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            JarEntry e = entries.nextElement();
            String name = e.getName();
            if (name.endsWith(CLASS_SUFFIX) && !name.endsWith("package-info.class") && !name.startsWith("META-INF/")) {
                try (InputStream in = jar.getInputStream(e)) {
                    classes.put(
                            name.substring(0, name.length() - CLASS_SUFFIX.length())
                                    .replace('/', '.'),
                            in.readAllBytes());
                }
            }
        }
        return classes;
    }

    /** True when the core's definer defined every class; false (nothing thrown) when the JDK refused. */
    private static boolean defineAll(
            Instrumentation instrumentation, Map<String, byte[]> classes, ClassLoader isolated) {
        try {
            instrumentation.redefineModule(
                    Object.class.getModule(),
                    Set.of(),
                    Map.of("jdk.internal.misc", Set.of(isolated.getUnnamedModule())),
                    Map.of(),
                    Set.of(),
                    Map.of());
            Class<?> definer = Class.forName(DEFINER, true, isolated);
            return Boolean.TRUE.equals(definer.getMethod("defineAll", Map.class).invoke(null, classes));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }
}
