package dev.sci4j.agent.units;

import dev.sci4j.agent.bootstrap.Hooks;
import dev.sci4j.agent.bootstrap.ThreadCpu;
import dev.sci4j.agent.bootstrap.UnitCounters;
import java.lang.instrument.Instrumentation;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Installs the functional-unit instrumentation: a class file transformer ({@link UnitTransformer}) for classes
 * loaded from now on, and retransformation of the classes already loaded that it would change (the JDK's
 * executors at start; everything on dynamic attach). Only method bodies change. Runs once, at start; the
 * application's {@code main} waits for it, so it is kept to ASM and a handful of classes.
 */
public final class UnitInstrumentation {
    private static final String[] HTTP_ENTRY_TYPES = {"com.sun.net.httpserver.HttpHandler",
            "com.sun.net.httpserver.Filter$Chain", "javax.servlet.Servlet", "jakarta.servlet.Servlet"};
    private static final int MAX_ERRORS_LOGGED = 10;

    private UnitInstrumentation() {
    }

    /** Installs everything; problems are logged (a few lines at most), never thrown at the application. */
    public static void install(Instrumentation instrumentation, UnitDeclarations units, Consumer<String> log) {
        ThreadCpu.supported(); // initialise JMX here, never first inside an instrumented executor
        units.nested().forEach(UnitCounters::declareNested);
        ClassLoader own = UnitInstrumentation.class.getClassLoader();
        ClassLoader agentLoader = own == ClassLoader.getSystemClassLoader() ? null : own; // in-process tests
        UnitTransformer transformer = new UnitTransformer(units, agentLoader, instrumentation,
                Hooks.class.getModule(), log);
        warmUp(transformer);
        instrumentation.addTransformer(transformer, true);
        retransformLoaded(instrumentation, units, agentLoader, log);
    }

    /**
     * Rewrites a generated executor class once, so that the ASM classes are loaded here rather than inside the
     * transformer while the application loads its first classes.
     */
    private static void warmUp(UnitTransformer transformer) {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(Opcodes.V11, Opcodes.ACC_PUBLIC, EntryPointRewriter.EXECUTORS + "Sci4jWarmUp", null,
                "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "execute", "(Ljava/lang/Runnable;)V", null, null);
        mv.visitCode();
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 2);
        mv.visitEnd();
        cw.visitEnd();
        transformer.transform(null, null, EntryPointRewriter.EXECUTORS + "Sci4jWarmUp", null, null, cw.toByteArray());
    }

    /** Classes loaded before the transformer that it would change, retransformed one by one (a failure is local). */
    private static void retransformLoaded(Instrumentation instrumentation, UnitDeclarations units,
                                          ClassLoader agentLoader, Consumer<String> log) {
        List<Class<?>> candidates = new ArrayList<>();
        for (Class<?> c : instrumentation.getAllLoadedClasses()) {
            boolean agents = agentLoader != null && c.getClassLoader() == agentLoader;
            if (!agents && instrumentation.isModifiableClass(c) && isCandidate(c, units)) {
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
    static boolean isCandidate(Class<?> c, UnitDeclarations units) {
        String name = c.getName();
        if (c.isInterface() || c.isArray() || c.isPrimitive() || UnitTransformer.ignored(name.replace('.', '/'))) {
            return false;
        }
        if (name.startsWith("java.util.concurrent.")) {
            return Executor.class.isAssignableFrom(c) && declaresExecute(c);
        }
        return name.startsWith(EntryPointRewriter.API.replace('/', '.'))
                || !units.patterns().isEmpty() && units.anyClass(name)
                || units.http() && extendsAny(c, HTTP_ENTRY_TYPES)
                || c.getClassLoader() != null && declaresAnnotatedMethod(c);
    }

    /** {@code ForkJoinPool} declares {@code execute(Runnable)} too, besides its {@code submit(Runnable…)}. */
    private static boolean declaresExecute(Class<?> executor) {
        try {
            executor.getDeclaredMethod("execute", Runnable.class);
            return true;
        } catch (NoSuchMethodException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static boolean extendsAny(Class<?> type, String[] names) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (String name : names) {
                if (c.getName().equals(name)) {
                    return true;
                }
            }
            for (Class<?> i : c.getInterfaces()) {
                if (extendsAny(i, names)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean declaresAnnotatedMethod(Class<?> c) {
        String annotation = Type.getType(EntryPointRewriter.FUNCTIONAL_UNIT).getClassName();
        try {
            for (Method m : c.getDeclaredMethods()) {
                for (Annotation a : m.getDeclaredAnnotations()) {
                    if (a.annotationType().getName().equals(annotation)) {
                        return true;
                    }
                }
            }
        } catch (Throwable t) {
            // a parameter type that cannot be loaded: the class cannot be one of ours to instrument now
        }
        return false;
    }
}
