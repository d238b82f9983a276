package dev.sci4j.agent.otel;

import dev.sci4j.agent.units.VirtualThreadHooks;
import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarFile;

/**
 * Gives units on virtual threads (JDK 21+) their CPU time in OpenTelemetry-extension mode, as the standalone agent
 * does: the rewritten {@code java.lang.VirtualThread} calls {@code dev.sci4j.agent.bootstrap.VirtualThreadCpu} from
 * the boot class path, so this copies the bootstrap module's jar (nested in the extension's jar, whose root has
 * the same classes) to a temporary file, appends it to the boot class path, and only then installs the hooks. The
 * extension's class loader asks its parents first, so from then on the extension and the core load those classes
 * from the boot class path too: the clock {@link CpuFollowsContext} reads is the one the hooks keep. The
 * OpenTelemetry agent publishes its {@link Instrumentation} in {@value #INSTRUMENTATION_HOLDER}.
 *
 * <p>Run once, before any class of {@value #BOOTSTRAP} is loaded. Fails closed: when any step fails no class is
 * rewritten, the reason is printed and goes into the measurement file's warnings, and units on virtual threads are
 * counted without CPU time. Not thread-safe: called once, from {@link Sci4jOtelExtension}.
 */
final class VirtualThreadSupport {
    static final String BOOTSTRAP = "dev/sci4j/agent/bootstrap/";
    /** The bootstrap module's jar, nested in the extension's jar by the build. */
    static final String NESTED_JAR = "META-INF/sci4j/sci4j-agent-bootstrap.jar";

    static final String INSTRUMENTATION_HOLDER = "io.opentelemetry.javaagent.bootstrap.InstrumentationHolder";

    private VirtualThreadSupport() {}

    /** Installs the virtual-thread hooks; returns a warning line when virtual threads' CPU time is not measured. */
    static String install() {
        if (!hasVirtualThreads()) {
            return null;
        }
        Instrumentation instrumentation;
        try {
            instrumentation = instrumentation();
            if (instrumentation == null) {
                return VirtualThreadHooks.notInstalled("the OpenTelemetry agent published no Instrumentation");
            }
            instrumentation.appendToBootstrapClassLoaderSearch(
                    new JarFile(bootstrapJar().toFile()));
        } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            return VirtualThreadHooks.notInstalled("cannot put sci4j's hooks on the boot class path (" + e + ")");
        }
        if (!onBootClassPath()) {
            return VirtualThreadHooks.notInstalled("sci4j's hooks were loaded by the extension's class loader first");
        }
        return VirtualThreadHooks.install(instrumentation);
    }

    private static boolean hasVirtualThreads() {
        try {
            Class.forName("java.lang.VirtualThread", false, null);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static Instrumentation instrumentation() throws ReflectiveOperationException {
        Class<?> holder = Class.forName(INSTRUMENTATION_HOLDER, true, null);
        return (Instrumentation) holder.getMethod("getInstrumentation").invoke(null);
    }

    /** Whether the hooks' class, as the extension sees it, is the boot class path's (the one the JDK calls). */
    private static boolean onBootClassPath() {
        try {
            String name = (BOOTSTRAP + "VirtualThreadCpu").replace('/', '.');
            return Class.forName(name, false, VirtualThreadSupport.class.getClassLoader())
                            .getClassLoader()
                    == null;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** A temporary copy (deleted on exit) of the bootstrap jar nested in the extension's jar. */
    private static Path bootstrapJar() throws IOException {
        Path jar = Files.createTempFile("sci4j-agent-bootstrap-", ".jar");
        jar.toFile().deleteOnExit();
        // Read as a resource: OpenTelemetry serves the extension's jar through its own URL scheme, not as a file.
        try (InputStream in = VirtualThreadSupport.class.getClassLoader().getResourceAsStream(NESTED_JAR)) {
            if (in == null) {
                throw new IOException("no " + NESTED_JAR + " in the extension's jar");
            }
            Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
        }
        return jar;
    }
}
