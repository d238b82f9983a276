package dev.sci4j.agent.units;

import dev.sci4j.agent.bootstrap.UnitCounters;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites one class file so that its unit entry points call {@link dev.sci4j.agent.bootstrap.Hooks}: declared
 * unit methods ({@code @FunctionalUnit}, configuration), HTTP entry points ({@code HttpHandler.handle},
 * {@code Filter.Chain.doFilter}, {@code Servlet.service}), {@code java.util.concurrent} executors'
 * {@code execute(Runnable)} and {@code ForkJoinPool.submit(Runnable…)}, and the no-op bodies of the
 * {@code sci4j-api}. Which methods those are is decided by {@link EntryPoints} from what the class file itself
 * says (name, descriptor, flags, annotations), so nothing is loaded to decide; the calls are
 * {@link HookMethod}s, derived from {@code Hooks} itself.
 *
 * <p>A unit method gets a hook call at entry, one before every return, and a catch-all handler around the
 * original body that calls the exit hook and rethrows. A unit method returning an asynchronous value
 * ({@link EntryPoints#endsAtCompletion}) passes the value through {@code Hooks.exitAsync} instead, and casts what
 * it returns back to the declared type. The inserted code has no branches and no locals, so no
 * stack map frame of the original code changes; the handler's frame declares no locals, which every frame in
 * the body satisfies. Only method bodies change (no new members), as retransformation requires.
 * Thread-safe: no state of its own besides the message queue.
 */
final class EntryPointRewriter {
    /** Bytes every rewritten class file holds (the hooks' owner); a class that has them is not rewritten again. */
    private static final byte[] REWRITTEN_MARKER = HookMethod.OWNER.getBytes(StandardCharsets.US_ASCII);

    /** What is inserted into a method: the hook called at entry, if any, and whether the method becomes a unit. */
    enum Hook {
        UNIT(true, HookMethod.ENTER),
        EXCHANGE(true, HookMethod.ENTER_EXCHANGE),
        SERVLET(true, HookMethod.ENTER_SERVLET),
        JAX_RS_ROUTE(false, HookMethod.JAX_RS_ROUTE),
        WRAP_TASK(false, HookMethod.WRAP),
        RECORD(false, HookMethod.RECORD),
        SCOPE_ENTER(false, HookMethod.ENTER_SCOPE),
        SCOPE_EXIT(false, HookMethod.EXIT_SCOPE),
        MARK_FAILED(false, HookMethod.MARK_FAILED),
        AGENT_ACTIVE(false, null); // changes the return value only

        /** Whether the method becomes a unit: exit hooks at returns and on exceptions. */
        final boolean unit;
        /** Called at entry, or null. */
        final HookMethod entry;

        Hook(boolean unit, HookMethod entry) {
            this.unit = unit;
            this.entry = entry;
        }
    }

    /** One method to rewrite: its hook and, for {@link Hook#UNIT}, the unit's name and whether it counts nested. Immutable. */
    static final class Plan {
        final Hook hook;
        final String unitName;
        final boolean nested;

        Plan(Hook hook, String unitName, boolean nested) {
            this.hook = hook;
            this.unitName = unitName;
            this.nested = nested;
        }
    }

    private final EntryPoints entryPoints;
    private final TransformMessages messages;

    /** @param messages where a method left out (too large once rewritten) is said; printed later, off the transform */
    EntryPointRewriter(EntryPoints entryPoints, TransformMessages messages) {
        this.entryPoints = entryPoints;
        this.messages = messages;
    }

    /**
     * The rewritten class file, or null when no method of this class is an entry point (or the class was rewritten
     * already: rewriting twice would count twice). A method that the hooks would push over the 64 KiB limit of a
     * method's code is left as it is, said once, and the rest of the class rewritten. The unit names of the
     * rewritten methods are registered ({@link UnitCounters}) only here, when a class is returned: planning has
     * no side effects.
     */
    byte[] rewrite(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        Planner planner = plan(reader);
        if (planner.plans.isEmpty() || ClassFilePrefilter.indexOf(classFile, REWRITTEN_MARKER) >= 0) {
            return null;
        }
        Map<String, Plan> plans = new HashMap<>(planner.plans);
        // A trial with placeholder unit ids: SIPUSH has the same size for every id, so the class written below
        // with the registered ids is laid out exactly as the trial was, and cannot fail where the trial did not.
        byte[] trial = writeLeavingOutTooLarge(reader, planner, plans);
        Map<String, Integer> ids = trial == null ? null : register(plans);
        return ids == null || ids.isEmpty() ? trial : write(reader, plans, planner.version, ids);
    }

    /** The class's entry points, keyed by method name + descriptor; empty for most classes. No side effects. */
    Map<String, Plan> plans(byte[] classFile) {
        return plan(new ClassReader(classFile)).plans;
    }

    private Planner plan(ClassReader reader) {
        Planner planner = new Planner();
        reader.accept(planner, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return planner;
    }

    /** Writes the class with placeholder ids, dropping from {@code plans} each method that grows too large. */
    private byte[] writeLeavingOutTooLarge(ClassReader reader, Planner planner, Map<String, Plan> plans) {
        while (!plans.isEmpty()) {
            try {
                return write(reader, plans, planner.version, null);
            } catch (MethodTooLargeException e) {
                if (plans.remove(e.getMethodName() + e.getDescriptor()) == null) {
                    throw e; // a method we did not touch was too large already: not ours to fix
                }
                messages.offer("method " + planner.className.replace('/', '.') + "." + e.getMethodName()
                        + e.getDescriptor() + " would exceed 64 KiB of code with the unit hooks; it runs"
                        + " uninstrumented, the rest of its class as usual");
            }
        }
        return null;
    }

    /** Registers the units of the plans and returns their ids by unit name (empty when there are none). */
    private static Map<String, Integer> register(Map<String, Plan> plans) {
        Map<String, Integer> ids = new HashMap<>();
        for (Plan p : plans.values()) {
            if (p.hook == Hook.UNIT) {
                if (p.nested) {
                    UnitCounters.declareNested(p.unitName);
                }
                ids.put(p.unitName, UnitCounters.id(p.unitName));
            }
        }
        return ids;
    }

    /**
     * @param ids unit ids by name, or null for placeholders (no lambdas or method references here: their first use
     *            would define a class inside a transform)
     */
    private static byte[] write(ClassReader reader, Map<String, Plan> plans, int version, Map<String, Integer> ids) {
        // No COMPUTE_FRAMES: that would load classes to find common super types, inside a class file transformer.
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new Rewriter(writer, plans, version, ids), 0);
        return writer.toByteArray();
    }

    /** First pass: names, descriptors, access flags and annotations only, matched by {@link EntryPoints}. */
    private final class Planner extends ClassVisitor {
        final Map<String, Plan> plans = new HashMap<>();
        int version;
        String className;
        private int classAccess;

        Planner() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(
                int version, int access, String name, String signature, String superName, String[] interfaces) {
            this.version = version;
            this.className = name;
            this.classAccess = access;
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String name, String descriptor, String signature, String[] exceptions) {
            return new AnnotationReader(access, name, descriptor);
        }

        /** Reads a method's {@code @FunctionalUnit}, then asks the rules. */
        private final class AnnotationReader extends MethodVisitor {
            private final int access;
            private final String name;
            private final String descriptor;
            private String unitName;
            private boolean nested;

            AnnotationReader(int access, String name, String descriptor) {
                super(Opcodes.ASM9);
                this.access = access;
                this.name = name;
                this.descriptor = descriptor;
            }

            @Override
            public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                if (!annotation.equals(EntryPoints.FUNCTIONAL_UNIT)) {
                    return null;
                }
                return new AnnotationVisitor(Opcodes.ASM9) {
                    @Override
                    public void visit(String element, Object value) {
                        if (element.equals("value")) {
                            unitName = (String) value;
                        } else if (element.equals("nested")) {
                            nested = Boolean.TRUE.equals(value);
                        }
                    }
                };
            }

            @Override
            public void visitEnd() {
                Plan p = entryPoints.plan(className, classAccess, access, name, descriptor, unitName, nested);
                if (p != null) {
                    plans.put(name + descriptor, p);
                }
            }
        }
    }

    /** Second pass: copies the class, rewriting only the planned methods. */
    private static final class Rewriter extends ClassVisitor {
        private final Map<String, Plan> plans;
        private final boolean frames;
        private final Map<String, Integer> ids;

        Rewriter(ClassWriter writer, Map<String, Plan> plans, int version, Map<String, Integer> ids) {
            super(Opcodes.ASM9, writer);
            this.plans = plans;
            this.ids = ids;
            // From Java 7 class files on the verifier needs a frame at the handler; older ones have no frames
            // (50 falls back to the inferring verifier if its frames do not check).
            this.frames = (version & 0xFFFF) > Opcodes.V1_6;
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String name, String descriptor, String signature, String[] exceptions) {
            MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
            Plan plan = plans.get(name + descriptor);
            if (plan == null) {
                return mv;
            }
            int unitId = plan.hook != Hook.UNIT ? -1 : ids == null ? 0 : ids.get(plan.unitName);
            String async = plan.hook == Hook.UNIT && EntryPoints.endsAtCompletion(descriptor)
                    ? Type.getReturnType(descriptor).getInternalName()
                    : null;
            return new HookedMethod(mv, plan, unitId, frames, async);
        }
    }

    /** Inserts one plan's hook calls into one method body. */
    private static final class HookedMethod extends MethodVisitor {
        /** Enough for any hook's arguments (three references) on top of the original code's stack. */
        private static final int EXTRA_STACK = 3;

        private final Plan plan;
        private final int unitId;
        private final boolean frames;
        /** The return type of a unit ending when its value completes ({@link EntryPoints#endsAtCompletion}), or null. */
        private final String asyncReturn;

        private final Label start = new Label();
        private final Label end = new Label();
        private final Label handler = new Label();

        HookedMethod(MethodVisitor mv, Plan plan, int unitId, boolean frames, String asyncReturn) {
            super(Opcodes.ASM9, mv);
            this.plan = plan;
            this.unitId = unitId;
            this.frames = frames;
            this.asyncReturn = asyncReturn;
        }

        @Override
        public void visitCode() {
            super.visitCode();
            switch (plan.hook) {
                case UNIT:
                    super.visitIntInsn(Opcodes.SIPUSH, unitId); // the same size for every id (see rewrite)
                    break;
                case EXCHANGE:
                case WRAP_TASK:
                    super.visitVarInsn(Opcodes.ALOAD, 1);
                    break;
                case JAX_RS_ROUTE:
                    super.visitVarInsn(Opcodes.ALOAD, 0);
                    break;
                case SERVLET:
                    super.visitVarInsn(Opcodes.ALOAD, 0);
                    super.visitVarInsn(Opcodes.ALOAD, 1);
                    super.visitVarInsn(Opcodes.ALOAD, 2);
                    break;
                case RECORD:
                    super.visitVarInsn(Opcodes.ALOAD, 0);
                    super.visitVarInsn(Opcodes.LLOAD, 1);
                    break;
                case SCOPE_ENTER:
                    super.visitVarInsn(Opcodes.ALOAD, 0);
                    break;
                case SCOPE_EXIT:
                    super.visitVarInsn(Opcodes.ILOAD, 0);
                    break;
                default:
                    break; // MARK_FAILED takes nothing; AGENT_ACTIVE changes the return value only
            }
            if (plan.hook.entry != null) {
                call(plan.hook.entry);
            }
            if (plan.hook == Hook.WRAP_TASK) {
                super.visitVarInsn(Opcodes.ASTORE, 1); // the task, wrapped
            }
            if (plan.hook.unit) {
                super.visitLabel(start);
            }
        }

        @Override
        public void visitInsn(int opcode) {
            if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
                if (asyncReturn != null && opcode == Opcodes.ARETURN) {
                    // value -> the value to return (the same, or a Reactor wrapper of the same type): no new locals
                    call(HookMethod.EXIT_ASYNC);
                    super.visitTypeInsn(Opcodes.CHECKCAST, asyncReturn);
                } else if (plan.hook.unit) {
                    call(HookMethod.EXIT);
                } else if (plan.hook == Hook.AGENT_ACTIVE) {
                    super.visitInsn(Opcodes.POP);
                    super.visitInsn(Opcodes.ICONST_1);
                }
            }
            super.visitInsn(opcode);
        }

        @Override
        public void visitMaxs(int maxStack, int maxLocals) {
            if (plan.hook.unit) {
                super.visitLabel(end);
                super.visitLabel(handler);
                if (frames) {
                    super.visitFrame(Opcodes.F_FULL, 0, new Object[0], 1, new Object[] {"java/lang/Throwable"});
                }
                call(HookMethod.EXIT_THROWN);
                super.visitInsn(Opcodes.ATHROW);
                // Last in the exception table: the method's own handlers keep precedence.
                super.visitTryCatchBlock(start, end, handler, null);
            }
            super.visitMaxs(maxStack + EXTRA_STACK, maxLocals);
        }

        private void call(HookMethod hook) {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, HookMethod.OWNER, hook.name, hook.descriptor, false);
        }
    }
}
