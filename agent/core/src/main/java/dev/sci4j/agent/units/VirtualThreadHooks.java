package dev.sci4j.agent.units;

import dev.sci4j.agent.bootstrap.VirtualThreadCpu;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.ProtectionDomain;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Gives units on virtual threads (JDK 21+) their CPU time: rewrites {@code java.lang.VirtualThread} so that
 * its private {@code mount()} ends with {@link VirtualThreadCpu#mounted()} and its private {@code unmount()}
 * starts with {@link VirtualThreadCpu#unmounting()} (the same seam tracers use for context propagation), lets
 * {@code java.base} read the hooks' module and opens {@code sun.management} to it for the carrier's CPU clock.
 *
 * <p>Fails closed: when the JDK's shape is not the expected one (no such methods, not modifiable, no thread
 * CPU time, the clock not reachable) nothing is hooked, and {@link #unavailableReason()} says why, for the
 * warnings. Both JDK 21 and JDK 25 have these two methods; their callers differ ({@code runContinuation},
 * {@code yieldContinuation}, {@code run}), which is why the methods themselves are hooked. Installed once, at
 * start; thread-safe (the reason is published through a volatile field).
 */
public final class VirtualThreadHooks {
    static final String VIRTUAL_THREAD = "java/lang/VirtualThread";
    private static final String HOOKS = VirtualThreadCpu.class.getName().replace('.', '/');

    private static volatile String unavailable;

    private VirtualThreadHooks() {}

    /**
     * Why virtual threads' CPU time is not measured in this JVM, or null when it is or when the JDK has no
     * virtual threads.
     */
    public static String unavailableReason() {
        return unavailable;
    }

    /**
     * The measurement file's warnings about virtual threads: none while their CPU time is measured (or there are
     * none); else why not, and how many units ran on them without a CPU reading so far.
     */
    public static List<String> warnings() {
        return warnings(unavailable, VirtualThreadCpu.unreadUnits());
    }

    /** The warnings for {@code reason} (null: none) and {@code unread} units without a CPU reading. */
    static List<String> warnings(String reason, long unread) {
        if (reason == null && unread == 0) {
            return List.of();
        }
        return List.of("virtual threads: CPU time not measured ("
                + (reason != null ? reason : "the hooks were not installed yet") + "); " + unread
                + " units ran on virtual threads without a CPU reading: they got no CPU time, their energy is in"
                + " the unattributed energy");
    }

    /**
     * Installs the hooks if this JDK has virtual threads; returns a warning line when it cannot, else null. Call
     * only where {@link VirtualThreadCpu} is on the boot class path (the rewritten JDK class calls it from there).
     */
    public static String install(Instrumentation instrumentation) {
        Class<?> virtualThread;
        try {
            virtualThread = Class.forName("java.lang.VirtualThread", false, null);
        } catch (ClassNotFoundException | LinkageError e) {
            return null; // before JDK 21: nothing to measure
        }
        String reason;
        try {
            reason = hook(instrumentation, virtualThread);
            if (reason == null) {
                reason = VirtualThreadCpu.installJdkCarrierClock();
            }
        } catch (Throwable t) {
            reason = "cannot hook java.lang.VirtualThread (" + t + ")";
        }
        return reason == null ? null : notMeasured(reason);
    }

    /**
     * Records that virtual threads' CPU time is not measured, for {@link #warnings()}, if this JDK has virtual
     * threads; returns the warning line to print then, else null.
     *
     * @param reason why not, a phrase
     */
    public static String notInstalled(String reason) {
        try {
            Class.forName("java.lang.VirtualThread", false, null);
        } catch (ClassNotFoundException | LinkageError e) {
            return null; // before JDK 21: nothing to measure
        }
        return notMeasured(reason);
    }

    private static String notMeasured(String reason) {
        unavailable = reason;
        return "virtual threads: CPU time not measured (" + reason + "); units on virtual threads are counted, their"
                + " energy stays unattributed";
    }

    private static String hook(Instrumentation instrumentation, Class<?> virtualThread) {
        if (!hasHookableMethod(virtualThread, "mount") || !hasHookableMethod(virtualThread, "unmount")) {
            return "this JDK's java.lang.VirtualThread has no private void mount() and unmount()";
        }
        if (!instrumentation.isRetransformClassesSupported() || !instrumentation.isModifiableClass(virtualThread)) {
            return "java.lang.VirtualThread cannot be retransformed";
        }
        Module hooks = VirtualThreadCpu.class.getModule();
        instrumentation.redefineModule(Object.class.getModule(), Set.of(hooks), Map.of(), Map.of(), Set.of(), Map.of());
        Module management = java.lang.management.ManagementFactory.class.getModule();
        instrumentation.redefineModule(
                management, Set.of(), Map.of(), Map.of("sun.management", Set.of(hooks)), Set.of(), Map.of());
        VirtualThreadCpu.mounted(); // linked here, never first inside a mount
        Transformer transformer = new Transformer();
        instrumentation.addTransformer(transformer, true); // kept: a later retransformation keeps the hooks
        try {
            instrumentation.retransformClasses(virtualThread);
        } catch (Throwable t) {
            instrumentation.removeTransformer(transformer);
            return "java.lang.VirtualThread cannot be retransformed (" + t + ")";
        }
        if (!transformer.hooked) {
            instrumentation.removeTransformer(transformer);
            return "java.lang.VirtualThread's mount() and unmount() were not found in its class file";
        }
        return null;
    }

    private static boolean hasHookableMethod(Class<?> type, String name) {
        try {
            Method m = type.getDeclaredMethod(name);
            return m.getReturnType() == void.class
                    && Modifier.isPrivate(m.getModifiers())
                    && !Modifier.isStatic(m.getModifiers());
        } catch (NoSuchMethodException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * Adds the two hook calls, or returns {@code null} (no change) when the class file lacks either method. The
     * calls take and leave nothing on the stack, so frames and maximum stack depth stay as they are.
     */
    static byte[] rewrite(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        boolean[] found = new boolean[2];
        reader.accept(
                new ClassVisitor(Opcodes.ASM9, writer) {
                    @Override
                    public MethodVisitor visitMethod(
                            int access, String name, String descriptor, String signature, String[] exceptions) {
                        MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                        boolean instanceVoid = "()V".equals(descriptor) && (access & Opcodes.ACC_STATIC) == 0;
                        if (instanceVoid && "mount".equals(name)) {
                            found[0] = true;
                            return new AtReturn(mv, "mounted");
                        }
                        if (instanceVoid && "unmount".equals(name)) {
                            found[1] = true;
                            return new AtStart(mv, "unmounting");
                        }
                        return mv;
                    }
                },
                0);
        return found[0] && found[1] ? writer.toByteArray() : null;
    }

    /** Calls a hook before each normal return. */
    private static final class AtReturn extends MethodVisitor {
        private final String hook;

        AtReturn(MethodVisitor mv, String hook) {
            super(Opcodes.ASM9, mv);
            this.hook = hook;
        }

        @Override
        public void visitInsn(int opcode) {
            if (opcode == Opcodes.RETURN) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, hook, "()V", false);
            }
            super.visitInsn(opcode);
        }
    }

    /** Calls a hook first. */
    private static final class AtStart extends MethodVisitor {
        private final String hook;

        AtStart(MethodVisitor mv, String hook) {
            super(Opcodes.ASM9, mv);
            this.hook = hook;
        }

        @Override
        public void visitCode() {
            super.visitCode();
            super.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, hook, "()V", false);
        }
    }

    /** Rewrites {@code java.lang.VirtualThread} only; never throws into the JVM. */
    private static final class Transformer implements ClassFileTransformer {
        private volatile boolean hooked;

        @Override
        public byte[] transform(
                Module module,
                ClassLoader loader,
                String className,
                Class<?> classBeingRedefined,
                ProtectionDomain protectionDomain,
                byte[] classFile) {
            if (loader != null || !VIRTUAL_THREAD.equals(className)) {
                return null;
            }
            try {
                byte[] rewritten = rewrite(classFile);
                hooked = rewritten != null;
                return rewritten;
            } catch (Throwable t) {
                hooked = false;
                return null;
            }
        }
    }
}
