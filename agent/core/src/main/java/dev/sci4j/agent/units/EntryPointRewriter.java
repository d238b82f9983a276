package dev.sci4j.agent.units;

import dev.sci4j.agent.bootstrap.UnitCounters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites one class file so that its unit entry points call {@link dev.sci4j.agent.bootstrap.Hooks}: declared
 * unit methods ({@code @FunctionalUnit}, configuration), HTTP entry points ({@code HttpHandler.handle},
 * {@code Filter.Chain.doFilter}, {@code Servlet.service}), {@code java.util.concurrent} executors'
 * {@code execute(Runnable)} and {@code ForkJoinPool.submit(Runnable…)}, and the no-op bodies of the
 * {@code sci4j-api}. Methods are matched by what the class file itself says (name, descriptor, annotations), so
 * nothing is loaded to decide.
 *
 * <p>A unit method gets a hook call at entry, one before every return, and a catch-all handler around the
 * original body that calls the exit hook and rethrows. The inserted code has no branches and no locals, so no
 * stack map frame of the original code changes; the handler's frame declares no locals, which every frame in
 * the body satisfies. Only method bodies change (no new members), as retransformation requires.
 * Stateless and thread-safe.
 */
final class EntryPointRewriter {
    static final String FUNCTIONAL_UNIT = "Ldev/sci4j/api/FunctionalUnit;";
    static final String API = "dev/sci4j/api/FunctionalUnits";
    static final String API_SCOPE = API + "$Scope";
    static final String EXECUTORS = "java/util/concurrent/";
    static final String FILTER_CHAIN = "com/sun/net/httpserver/Filter$Chain";
    private static final String EXCHANGE_HANDLER = "(Lcom/sun/net/httpserver/HttpExchange;)V";
    private static final String JAVAX_SERVICE = "(Ljavax/servlet/ServletRequest;Ljavax/servlet/ServletResponse;)V";
    private static final String JAKARTA_SERVICE = "(Ljakarta/servlet/ServletRequest;Ljakarta/servlet/ServletResponse;)V";
    private static final String HOOKS = "dev/sci4j/agent/bootstrap/Hooks";
    private static final int SKIPPED = Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE | Opcodes.ACC_BRIDGE | Opcodes.ACC_SYNTHETIC;

    /** What is inserted into a method. */
    enum Hook {
        UNIT(true), EXCHANGE(true), SERVLET(true), WRAP_TASK(false),
        RECORD(false), SCOPE_ENTER(false), SCOPE_EXIT(false), MARK_FAILED(false), AGENT_ACTIVE(false);

        /** Whether the method becomes a unit: exit hooks at returns and on exceptions. */
        final boolean unit;

        Hook(boolean unit) {
            this.unit = unit;
        }
    }

    /** One method to rewrite: its hook and, for {@link Hook#UNIT}, the unit id. Immutable. */
    static final class Plan {
        final Hook hook;
        final int unitId;

        Plan(Hook hook, int unitId) {
            this.hook = hook;
            this.unitId = unitId;
        }
    }

    private final UnitDeclarations units;

    EntryPointRewriter(UnitDeclarations units) {
        this.units = units;
    }

    /** The rewritten class file, or null when no method of this class is an entry point. */
    byte[] rewrite(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        Planner planner = plan(reader);
        if (planner.plans.isEmpty()) {
            return null;
        }
        // No COMPUTE_FRAMES: that would load classes to find common super types, inside a class file transformer.
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new Rewriter(writer, planner.plans, planner.version), 0);
        return writer.toByteArray();
    }

    /** The class's entry points, keyed by method name + descriptor; empty for most classes. */
    Map<String, Plan> plans(byte[] classFile) {
        return plan(new ClassReader(classFile)).plans;
    }

    private Planner plan(ClassReader reader) {
        Planner planner = new Planner();
        reader.accept(planner, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return planner;
    }

    /** First pass: names, descriptors, access flags and annotations only. */
    private final class Planner extends ClassVisitor {
        final Map<String, Plan> plans = new HashMap<>();
        int version;
        private String className;
        private boolean skipped;

        Planner() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            this.version = version;
            this.className = name;
            this.skipped = (access & (Opcodes.ACC_INTERFACE | Opcodes.ACC_SYNTHETIC | Opcodes.ACC_MODULE)) != 0;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            if (skipped || (access & SKIPPED) != 0 || name.charAt(0) == '<') {
                return null;
            }
            Hook fixed = fixedHook(access, name, descriptor);
            if (fixed != null) {
                plans.put(name + descriptor, new Plan(fixed, -1));
                return null;
            }
            return new AnnotationReader(name, descriptor);
        }

        /** Hooks chosen by class, name and descriptor alone: the API, executors and HTTP entry points. */
        private Hook fixedHook(int access, String name, String descriptor) {
            boolean isStatic = (access & Opcodes.ACC_STATIC) != 0;
            if (className.equals(API) && isStatic) {
                return apiHook(name, descriptor);
            }
            if (className.equals(API_SCOPE) && isStatic && name.equals("markFailed") && descriptor.equals("()V")) {
                return Hook.MARK_FAILED;
            }
            if (className.startsWith(EXECUTORS)) {
                return !isStatic && isTaskHandOver(name, descriptor) ? Hook.WRAP_TASK : null;
            }
            if (isStatic || !units.http()) {
                return null;
            }
            if (descriptor.equals(EXCHANGE_HANDLER)
                    && (name.equals("handle") || name.equals("doFilter") && className.equals(FILTER_CHAIN))) {
                return Hook.EXCHANGE;
            }
            return name.equals("service") && (descriptor.equals(JAVAX_SERVICE) || descriptor.equals(JAKARTA_SERVICE))
                    ? Hook.SERVLET : null;
        }

        private Hook apiHook(String name, String descriptor) {
            switch (name + descriptor) {
                case "record(Ljava/lang/String;J)V":
                    return Hook.RECORD;
                case "enter(Ljava/lang/String;)V":
                    return Hook.SCOPE_ENTER;
                case "exit(Z)V":
                    return Hook.SCOPE_EXIT;
                case "agentActive()Z":
                    return Hook.AGENT_ACTIVE;
                default:
                    return null;
            }
        }

        /** {@code execute(Runnable)} of any executor; {@code submit(Runnable…)} of {@code ForkJoinPool}. */
        private boolean isTaskHandOver(String name, String descriptor) {
            return name.equals("execute") && descriptor.equals("(Ljava/lang/Runnable;)V")
                    || name.equals("submit") && className.equals(EXECUTORS + "ForkJoinPool")
                    && descriptor.startsWith("(Ljava/lang/Runnable;");
        }

        /** Reads a method's {@code @FunctionalUnit}; else asks the configuration. */
        private final class AnnotationReader extends MethodVisitor {
            private final String name;
            private final String descriptor;
            private String unitName;
            private boolean nested;

            AnnotationReader(String name, String descriptor) {
                super(Opcodes.ASM9);
                this.name = name;
                this.descriptor = descriptor;
            }

            @Override
            public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                if (!annotation.equals(FUNCTIONAL_UNIT)) {
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
                String unit = unitName != null ? unitName : configuredUnit(className, name, descriptor);
                if (unit != null) {
                    if (unitName != null && nested) {
                        UnitCounters.declareNested(unit);
                    }
                    plans.put(name + descriptor, new Plan(Hook.UNIT, UnitCounters.id(unit)));
                }
            }
        }
    }

    /** The unit a configuration pattern gives the method, or null; parameter types in Java source spelling. */
    String configuredUnit(String internalClassName, String method, String descriptor) {
        if (units.patterns().isEmpty()) {
            return null;
        }
        List<String> parameters = new ArrayList<>();
        for (Type t : Type.getArgumentTypes(descriptor)) {
            parameters.add(t.getClassName());
        }
        String className = internalClassName.replace('/', '.');
        String unit = units.unitFor(className, method, parameters);
        if (unit == null && parameters.stream().anyMatch(p -> p.indexOf('$') >= 0)) {
            // Nested parameter types may be written as in source (Outer.Inner) as well as with '$'.
            parameters.replaceAll(p -> p.replace('$', '.'));
            unit = units.unitFor(className, method, parameters);
        }
        return unit;
    }

    /** Second pass: copies the class, rewriting only the planned methods. */
    private static final class Rewriter extends ClassVisitor {
        private final Map<String, Plan> plans;
        private final boolean frames;

        Rewriter(ClassWriter writer, Map<String, Plan> plans, int version) {
            super(Opcodes.ASM9, writer);
            this.plans = plans;
            // From Java 7 class files on the verifier needs a frame at the handler; older ones have no frames
            // (50 falls back to the inferring verifier if its frames do not check).
            this.frames = (version & 0xFFFF) > Opcodes.V1_6;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
            Plan plan = plans.get(name + descriptor);
            return plan == null ? mv : new HookedMethod(mv, plan, frames);
        }
    }

    /** Inserts one plan's hook calls into one method body. */
    private static final class HookedMethod extends MethodVisitor {
        /** Enough for any hook's arguments (three references) on top of the original code's stack. */
        private static final int EXTRA_STACK = 3;
        private final Plan plan;
        private final boolean frames;
        private final Label start = new Label();
        private final Label end = new Label();
        private final Label handler = new Label();

        HookedMethod(MethodVisitor mv, Plan plan, boolean frames) {
            super(Opcodes.ASM9, mv);
            this.plan = plan;
            this.frames = frames;
        }

        @Override
        public void visitCode() {
            super.visitCode();
            switch (plan.hook) {
                case UNIT:
                    super.visitLdcInsn(plan.unitId);
                    hook("enter", "(I)V");
                    break;
                case EXCHANGE:
                    super.visitVarInsn(Opcodes.ALOAD, 1);
                    hook("enterExchange", "(Ljava/lang/Object;)V");
                    break;
                case SERVLET:
                    super.visitVarInsn(Opcodes.ALOAD, 0);
                    super.visitVarInsn(Opcodes.ALOAD, 1);
                    super.visitVarInsn(Opcodes.ALOAD, 2);
                    hook("enterServlet", "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;)V");
                    break;
                case WRAP_TASK:
                    super.visitVarInsn(Opcodes.ALOAD, 1);
                    hook("wrap", "(Ljava/lang/Runnable;)Ljava/lang/Runnable;");
                    super.visitVarInsn(Opcodes.ASTORE, 1);
                    break;
                case RECORD:
                    super.visitVarInsn(Opcodes.ALOAD, 0);
                    super.visitVarInsn(Opcodes.LLOAD, 1);
                    hook("record", "(Ljava/lang/String;J)V");
                    break;
                case SCOPE_ENTER:
                    super.visitVarInsn(Opcodes.ALOAD, 0);
                    hook("enterScope", "(Ljava/lang/String;)V");
                    break;
                case SCOPE_EXIT:
                    super.visitVarInsn(Opcodes.ILOAD, 0);
                    hook("exitScope", "(Z)V");
                    break;
                case MARK_FAILED:
                    hook("markFailed", "()V");
                    break;
                default:
                    break; // AGENT_ACTIVE changes the return value only
            }
            if (plan.hook.unit) {
                super.visitLabel(start);
            }
        }

        @Override
        public void visitInsn(int opcode) {
            if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
                if (plan.hook.unit) {
                    hook("exit", "()V");
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
                hook("exitThrown", "()V");
                super.visitInsn(Opcodes.ATHROW);
                // Last in the exception table: the method's own handlers keep precedence.
                super.visitTryCatchBlock(start, end, handler, null);
            }
            super.visitMaxs(maxStack + EXTRA_STACK, maxLocals);
        }

        private void hook(String name, String descriptor) {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, name, descriptor, false);
        }
    }
}
