package dev.sci4j.agent.units;

import dev.sci4j.agent.bootstrap.Hooks;
import dev.sci4j.agent.bootstrap.ThreadCpu;
import dev.sci4j.agent.bootstrap.UnitCounters;
import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Installs the functional-unit instrumentation: a class file transformer ({@link UnitTransformer}) for classes
 * loaded from now on, and retransformation of the classes already loaded that it would change (the JDK's
 * executors at start; everything on dynamic attach). Only method bodies change. Runs once, at start; the
 * application's {@code main} waits for it, so it is kept to ASM and a handful of classes.
 */
public final class UnitInstrumentation {
    private static final int MAX_ERRORS_LOGGED = 10;

    private UnitInstrumentation() {}

    /**
     * Installs everything; problems are logged (a few lines at most), never thrown at the application.
     *
     * @param dumpDirectory where each rewritten class file is written ({@code dump}), or null
     * @param messages      lines said while transforming, printed later by the sampler thread
     * @param log           lines said here, on the installing thread
     */
    public static void install(
            Instrumentation instrumentation,
            UnitDeclarations units,
            Path dumpDirectory,
            TransformMessages messages,
            Consumer<String> log) {
        ThreadCpu.supported(); // initialise JMX here, never first inside an instrumented executor
        // Load now what a transform may need later, never first inside one: every hook (resolved from Hooks, so a
        // missing one fails the install here) and the exception a method too large to instrument raises.
        HookMethod.resolveAll();
        loaded(MethodTooLargeException.class);
        units.nested().forEach(UnitCounters::declareNested);
        ClassLoader own = UnitInstrumentation.class.getClassLoader();
        ClassLoader agentLoader = own == ClassLoader.getSystemClassLoader() ? null : own; // in-process tests
        ClassDump dump = dumpDirectory == null ? null : dump(dumpDirectory, messages, log);
        UnitTransformer transformer =
                new UnitTransformer(units, agentLoader, instrumentation, Hooks.class.getModule(), messages, dump);
        warmUp(transformer);
        instrumentation.addTransformer(transformer, true);
        retransformLoaded(instrumentation, new EntryPoints(units), agentLoader, log);
        String virtualThreads = VirtualThreadHooks.install(instrumentation);
        if (virtualThreads != null) {
            log.accept(virtualThreads);
        }
    }

    /** The {@code dump} switch, or null when its directory cannot be created (units are counted all the same). */
    /** Nothing to do: the class literal at the call site is what loads the class (resolved, not initialised). */
    private static void loaded(Class<?> type) {
        assert type != null;
    }

    private static ClassDump dump(Path directory, TransformMessages messages, Consumer<String> log) {
        try {
            ClassDump dump = new ClassDump(directory, messages);
            log.accept("rewritten classes are written to "
                    + directory.toAbsolutePath().normalize());
            return dump;
        } catch (IOException | RuntimeException e) {
            log.accept("dump off: cannot create " + directory + " (" + e + ")");
            return null;
        }
    }

    /**
     * Rewrites a generated executor class once, so that the ASM classes are loaded here rather than inside the
     * transformer while the application loads its first classes.
     */
    private static void warmUp(UnitTransformer transformer) {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(Opcodes.V11, Opcodes.ACC_PUBLIC, UnitTransformer.WARM_UP, null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "execute", "(Ljava/lang/Runnable;)V", null, null);
        mv.visitCode();
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 2);
        mv.visitEnd();
        cw.visitEnd();
        transformer.transform(null, null, UnitTransformer.WARM_UP, null, null, cw.toByteArray());
    }

    /** Classes loaded before the transformer that it would change, retransformed one by one (a failure is local). */
    private static void retransformLoaded(
            Instrumentation instrumentation, EntryPoints entryPoints, ClassLoader agentLoader, Consumer<String> log) {
        List<Class<?>> candidates = new ArrayList<>();
        for (Class<?> c : instrumentation.getAllLoadedClasses()) {
            boolean agents = agentLoader != null && c.getClassLoader() == agentLoader;
            if (!agents && instrumentation.isModifiableClass(c) && isCandidate(c, entryPoints)) {
                candidates.add(c);
            }
        }
        int errors = 0;
        for (Class<?> c : candidates) {
            try {
                instrumentation.retransformClasses(c);
            } catch (Throwable t) {
                if (++errors <= MAX_ERRORS_LOGGED) {
                    log.accept("cannot instrument " + c.getName() + " for functional units (" + t
                            + "); it runs uninstrumented");
                }
            }
        }
    }

    /** Whether the transformer could change this loaded class (it decides exactly from the class file). */
    static boolean isCandidate(Class<?> c, EntryPoints entryPoints) {
        if (c.isArray()
                || c.isPrimitive()
                || UnitTransformer.ignored(c.getName().replace('.', '/'))) {
            return false;
        }
        return entryPoints.declaresEntryPoint(c);
    }
}
