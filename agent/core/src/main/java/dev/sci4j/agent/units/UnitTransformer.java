package dev.sci4j.agent.units;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The class file transformer of the functional-unit instrumentation: rules a class out by its loader and name,
 * then by a look at its bytes ({@link ClassFilePrefilter}), and rewrites what is left ({@link EntryPointRewriter}).
 * Retransformation-capable. A class it cannot rewrite runs unchanged, with one message (a few at most). It
 * never prints: messages are queued ({@link TransformMessages}) and printed by the sampler thread. With
 * {@code dump} set, each rewritten class is also written to a directory ({@link ClassDump}).
 * Thread-safe: the JVM calls it from any thread that loads a class.
 */
final class UnitTransformer implements ClassFileTransformer {
    private static final int MAX_ERRORS_LOGGED = 10;
    /** The class {@link UnitInstrumentation} rewrites at install so that ASM is loaded there; never dumped. */
    static final String WARM_UP = EntryPoints.EXECUTORS + "Sci4jWarmUp";

    private final ClassLoader agentLoader;
    private final ClassFilePrefilter prefilter;
    private final EntryPointRewriter rewriter;
    private final Instrumentation instrumentation;
    private final Module hooksModule;
    private final TransformMessages messages;
    private final ClassDump dump;
    private final AtomicInteger errors = new AtomicInteger();

    /**
     * @param agentLoader     the agent core's own loader (its classes are never units), or null
     * @param instrumentation for read edges from named modules to the hooks; null in tests
     * @param hooksModule     the module of the bootstrap hooks (the bootstrap loader's unnamed module)
     * @param messages        where transform-time messages wait to be printed
     * @param dump            writes each rewritten class, or null (the default)
     */
    UnitTransformer(
            UnitDeclarations units,
            ClassLoader agentLoader,
            Instrumentation instrumentation,
            Module hooksModule,
            TransformMessages messages,
            ClassDump dump) {
        EntryPoints entryPoints = new EntryPoints(units);
        this.agentLoader = agentLoader;
        this.prefilter = new ClassFilePrefilter(entryPoints);
        this.rewriter = new EntryPointRewriter(entryPoints, messages);
        this.instrumentation = instrumentation;
        this.hooksModule = hooksModule;
        this.messages = messages;
        this.dump = dump;
    }

    @Override
    public byte[] transform(
            Module module,
            ClassLoader loader,
            String className,
            Class<?> classBeingRedefined,
            ProtectionDomain domain,
            byte[] classFile) {
        if (loader != null && loader == agentLoader
                || className == null
                || ignored(className)
                || !prefilter.mayTransform(className, classFile)) {
            return null;
        }
        try {
            byte[] rewritten = rewriter.rewrite(classFile);
            if (rewritten != null) {
                readHooks(module);
                if (dump != null && !className.equals(WARM_UP)) {
                    dump.write(className, rewritten);
                }
            }
            return rewritten;
        } catch (Throwable t) {
            if (errors.incrementAndGet() <= MAX_ERRORS_LOGGED) {
                messages.offer("cannot instrument " + className.replace('/', '.') + " for functional units (" + t
                        + "); it runs uninstrumented");
            }
            return null;
        }
    }

    /** Never instrumented: the agent itself and JDK internals (the JDK's executors and HTTP server excepted). */
    static boolean ignored(String internalName) {
        return internalName.startsWith("dev/sci4j/agent/")
                        && (internalName.startsWith("dev/sci4j/agent/bootstrap/")
                                || internalName.indexOf('/', "dev/sci4j/agent/".length()) < 0)
                || internalName.startsWith("jdk/")
                || internalName.startsWith("sun/")
                || internalName.startsWith("com/sun/") && !internalName.startsWith("com/sun/net/httpserver/")
                || internalName.startsWith("java/") && !internalName.startsWith(EntryPoints.EXECUTORS)
                || internalName.startsWith("javax/") && !internalName.startsWith("javax/servlet/");
    }

    /** Code in a named module (java.base, jdk.httpserver, a modular application) must read the hooks' module. */
    private void readHooks(Module module) {
        if (instrumentation != null && module != null && module.isNamed() && !module.canRead(hooksModule)) {
            instrumentation.redefineModule(module, Set.of(hooksModule), Map.of(), Map.of(), Set.of(), Map.of());
        }
    }
}
