package dev.sci4j.agent.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sci4j.agent.bootstrap.UnitCounters;
import dev.sci4j.agent.config.ConfigException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Bytecode shapes that javac rarely or never emits but the JVM accepts, generated with ASM, rewritten, defined in
 * a fresh class loader (so the verifier checks the result: the type checker from version 50 on, the inferring
 * verifier before and as its fallback) and run. Units are declared by configuration, as annotations do not
 * exist before version 49. Counters are JVM-wide: every unit name here is used by this test only.
 */
class RewriterHardCasesTest {
    private static final int V48 = Opcodes.V1_4;
    private static final int V50 = Opcodes.V1_6;

    @Test
    void aLoopWhoseTargetIsTheFirstInstructionEntersTheUnitOnce() throws Exception {
        // static int run(int n) { L0: if (n <= 0) return 7; n--; goto L0; }  (the frame at offset 0 moves behind the
        // hook)
        Class<?> c = rewriteAndLoad("hard-loop", "sci4j/hard/Loop", Opcodes.V1_8, cw -> {
            MethodVisitor mv = method(cw, "run", "(I)I");
            Label top = new Label();
            Label done = new Label();
            mv.visitLabel(top);
            mv.visitVarInsn(Opcodes.ILOAD, 0);
            mv.visitJumpInsn(Opcodes.IFLE, done);
            mv.visitIincInsn(0, -1);
            mv.visitJumpInsn(Opcodes.GOTO, top);
            mv.visitLabel(done);
            mv.visitIntInsn(Opcodes.BIPUSH, 7);
            mv.visitInsn(Opcodes.IRETURN);
            end(mv);
        });

        assertThat(c.getMethod("run", int.class).invoke(null, 5)).isEqualTo(7);

        assertThat(counts("hard-loop")).containsExactly(1L, 0L);
    }

    @Test
    void anUninitialisedObjectAcrossABranchKeepsItsFrames() throws Exception {
        // static int run(boolean small) { return new StringBuilder(small ? 16 : 32).capacity(); }
        Class<?> c = rewriteAndLoad("hard-new", "sci4j/hard/New", Opcodes.V1_8, cw -> {
            MethodVisitor mv = method(cw, "run", "(Z)I");
            Label large = new Label();
            Label construct = new Label();
            mv.visitTypeInsn(Opcodes.NEW, "java/lang/StringBuilder");
            mv.visitInsn(Opcodes.DUP);
            mv.visitVarInsn(Opcodes.ILOAD, 0);
            mv.visitJumpInsn(Opcodes.IFEQ, large);
            mv.visitIntInsn(Opcodes.BIPUSH, 16);
            mv.visitJumpInsn(Opcodes.GOTO, construct);
            mv.visitLabel(large);
            mv.visitIntInsn(Opcodes.BIPUSH, 32);
            mv.visitLabel(construct);
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "(I)V", false);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "capacity", "()I", false);
            mv.visitInsn(Opcodes.IRETURN);
            end(mv);
        });

        assertThat(c.getMethod("run", boolean.class).invoke(null, true)).isEqualTo(16);
        assertThat(c.getMethod("run", boolean.class).invoke(null, false)).isEqualTo(32);

        assertThat(counts("hard-new")).containsExactly(2L, 0L);
    }

    @Test
    void subroutinesOfAVersion48ClassCountOnceAndFailuresThroughThemFail() throws Exception {
        // run(x): jsr sub; return x;  fail(x): jsr sub; throw new IllegalStateException();  sub: x += 10; ret
        Class<?> c = rewriteAndLoad("hard-jsr", "sci4j/hard/Jsr", V48, cw -> {
            for (String name : new String[] {"run", "fail"}) {
                MethodVisitor mv = method(cw, name, "(I)I");
                Label sub = new Label();
                mv.visitJumpInsn(Opcodes.JSR, sub);
                if (name.equals("run")) {
                    mv.visitVarInsn(Opcodes.ILOAD, 0);
                    mv.visitInsn(Opcodes.IRETURN);
                } else {
                    mv.visitTypeInsn(Opcodes.NEW, "java/lang/IllegalStateException");
                    mv.visitInsn(Opcodes.DUP);
                    mv.visitMethodInsn(
                            Opcodes.INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "()V", false);
                    mv.visitInsn(Opcodes.ATHROW);
                }
                mv.visitLabel(sub);
                mv.visitVarInsn(Opcodes.ASTORE, 1);
                mv.visitIincInsn(0, 10);
                mv.visitVarInsn(Opcodes.RET, 1);
                mv.visitMaxs(2, 2);
                mv.visitEnd();
            }
        });

        assertThat(c.getMethod("run", int.class).invoke(null, 1)).isEqualTo(11);
        assertThatThrownBy(() -> c.getMethod("fail", int.class).invoke(null, 1))
                .isInstanceOf(InvocationTargetException.class)
                .hasCauseInstanceOf(IllegalStateException.class);

        assertThat(counts("hard-jsr")).containsExactly(1L, 1L);
    }

    @Test
    void aVersion50ClassGetsNoHandlerFrameAndVerifiesWithTheInferringVerifier() throws Exception {
        // static int run(int x) { try { return 100 / x; } catch (ArithmeticException e) { return -1; } }, with
        // the stack map frames javac -target 6 writes; the unit's handler gets none
        byte[] original = generate("sci4j/hard/V50", V50, ClassWriter.COMPUTE_FRAMES, cw -> {
            MethodVisitor mv = method(cw, "run", "(I)I");
            Label start = new Label();
            Label end = new Label();
            Label handler = new Label();
            mv.visitTryCatchBlock(start, end, handler, "java/lang/ArithmeticException");
            mv.visitLabel(start);
            mv.visitIntInsn(Opcodes.BIPUSH, 100);
            mv.visitVarInsn(Opcodes.ILOAD, 0);
            mv.visitInsn(Opcodes.IDIV);
            mv.visitLabel(end);
            mv.visitInsn(Opcodes.IRETURN);
            mv.visitLabel(handler);
            mv.visitVarInsn(Opcodes.ASTORE, 1);
            mv.visitInsn(Opcodes.ICONST_M1);
            mv.visitInsn(Opcodes.IRETURN);
            end(mv);
        });
        byte[] rewritten = rewrite("hard-v50", original);
        assertThat(frameCount(original)).isEqualTo(1);
        assertThat(frameCount(rewritten))
                .as("no frame added at the unit's handler")
                .isEqualTo(1);
        Class<?> c = load("sci4j/hard/V50", rewritten);

        assertThat(c.getMethod("run", int.class).invoke(null, 4)).isEqualTo(25);
        assertThat(c.getMethod("run", int.class).invoke(null, 0)).isEqualTo(-1);

        assertThat(counts("hard-v50")).containsExactly(2L, 0L);
    }

    @Test
    void aBranchPushedBeyond32KiBByTheExitHooksIsWidened() throws Exception {
        // static int run(int x): if (x < 0) goto far; then 2,500 × { if (x == 0) return i; x--; i++; }; far: return -1.
        // Each block is 12 bytes and gains 3 (the exit hook before its return): 30,000 → 37,500 bytes to jump.
        int blocks = 2_500;
        byte[] original = generate("sci4j/hard/Wide", Opcodes.V1_8, ClassWriter.COMPUTE_FRAMES, cw -> {
            MethodVisitor mv = method(cw, "run", "(I)I");
            Label far = new Label();
            mv.visitInsn(Opcodes.ICONST_0);
            mv.visitVarInsn(Opcodes.ISTORE, 1);
            mv.visitVarInsn(Opcodes.ILOAD, 0);
            mv.visitJumpInsn(Opcodes.IFLT, far);
            returningBlocks(mv, blocks);
            mv.visitLabel(far);
            mv.visitInsn(Opcodes.ICONST_M1);
            mv.visitInsn(Opcodes.IRETURN);
            end(mv);
        });
        byte[] rewritten = rewrite("hard-wide", original);
        // One frame for the unit's handler, one that ASM adds behind the GOTO_W it puts for "if (x < 0) goto far"
        // (IFGE next; GOTO_W far; next:); without the widening only the handler's.
        assertThat(frameCount(rewritten)).isEqualTo(frameCount(original) + 2);
        Class<?> c = load("sci4j/hard/Wide", rewritten);

        assertThat(c.getMethod("run", int.class).invoke(null, -5)).isEqualTo(-1); // the widened jump
        assertThat(c.getMethod("run", int.class).invoke(null, 3)).isEqualTo(3);
        assertThat(c.getMethod("run", int.class).invoke(null, blocks + 1)).isEqualTo(-1);

        assertThat(counts("hard-wide")).containsExactly(3L, 0L);
    }

    @Test
    void aSynchronizedMethodCountsAndReleasesItsMonitorWhenItFails() throws Exception {
        // synchronized int run(boolean fail) { if (fail) throw new IllegalStateException(); return 1; }
        Class<?> c = rewriteAndLoad("hard-sync", "sci4j/hard/Sync", Opcodes.V11, cw -> {
            MethodVisitor init = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
            init.visitCode();
            init.visitVarInsn(Opcodes.ALOAD, 0);
            init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
            init.visitInsn(Opcodes.RETURN);
            end(init);
            MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_SYNCHRONIZED, "run", "(Z)I", null, null);
            mv.visitCode();
            Label ok = new Label();
            mv.visitVarInsn(Opcodes.ILOAD, 1);
            mv.visitJumpInsn(Opcodes.IFEQ, ok);
            mv.visitTypeInsn(Opcodes.NEW, "java/lang/IllegalStateException");
            mv.visitInsn(Opcodes.DUP);
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "()V", false);
            mv.visitInsn(Opcodes.ATHROW);
            mv.visitLabel(ok);
            mv.visitInsn(Opcodes.ICONST_1);
            mv.visitInsn(Opcodes.IRETURN);
            end(mv);
        });
        Object sync = c.getConstructor().newInstance();

        assertThat(c.getMethod("run", boolean.class).invoke(sync, false)).isEqualTo(1);
        assertThatThrownBy(() -> c.getMethod("run", boolean.class).invoke(sync, true))
                .hasCauseInstanceOf(IllegalStateException.class);

        assertThat(Thread.holdsLock(sync)).isFalse();
        CompletableFuture.runAsync(() -> {
                    synchronized (sync) { // the monitor was released on both ways out, or this would hang
                        assertThat(Thread.holdsLock(sync)).isTrue();
                    }
                })
                .get(10, TimeUnit.SECONDS);
        assertThat(counts("hard-sync")).containsExactly(1L, 1L);
    }

    @Test
    void anAlreadyRewrittenClassIsNotRewrittenAgainSoNothingCountsTwice() throws Exception {
        byte[] original = generate("sci4j/hard/Twice", Opcodes.V1_8, ClassWriter.COMPUTE_FRAMES, cw -> {
            MethodVisitor mv = method(cw, "run", "()V");
            mv.visitInsn(Opcodes.RETURN);
            end(mv);
        });
        EntryPointRewriter rewriter = rewriter("hard-twice");
        byte[] once = rewriter.rewrite(original);
        byte[] again = rewriter.rewrite(once);

        assertThat(again).isNull(); // as a transformer: unchanged
        load("sci4j/hard/Twice", again == null ? once : again).getMethod("run").invoke(null);

        assertThat(counts("hard-twice")).containsExactly(1L, 0L);
    }

    @Test
    void aMethodTheHooksWouldPushBeyond64KiBIsLeftAloneSaidOnceAndTheRestOfTheClassRewritten() throws Exception {
        // huge(x): 5,400 returning blocks, 64,804 bytes; 81,004 with the exit hooks, over the 65,535 of a method
        byte[] original = generate("sci4j/hard/Huge", Opcodes.V1_8, ClassWriter.COMPUTE_FRAMES, cw -> {
            MethodVisitor huge = method(cw, "huge", "(I)I");
            huge.visitInsn(Opcodes.ICONST_0);
            huge.visitVarInsn(Opcodes.ISTORE, 1);
            returningBlocks(huge, 5_400);
            huge.visitInsn(Opcodes.ICONST_M1);
            huge.visitInsn(Opcodes.IRETURN);
            end(huge);
            MethodVisitor small = method(cw, "small", "()I");
            small.visitInsn(Opcodes.ICONST_2);
            small.visitInsn(Opcodes.IRETURN);
            end(small);
        });
        TransformMessages messages = TransformMessages.bounded();
        EntryPointRewriter rewriter = new EntryPointRewriter(
                new EntryPoints(declarations("hard-huge:sci4j.hard.Huge#huge,hard-small:sci4j.hard.Huge#small")),
                messages);

        Class<?> c = load("sci4j/hard/Huge", rewriter.rewrite(original));
        assertThat(c.getMethod("huge", int.class).invoke(null, 7)).isEqualTo(7);
        assertThat(c.getMethod("small").invoke(null)).isEqualTo(2);

        assertThat(counts("hard-small")).containsExactly(1L, 0L);
        assertThat(registered("hard-huge"))
                .as("the left-out method's unit is never registered")
                .isFalse();
        List<String> said = new ArrayList<>();
        messages.drainTo(said::add);
        assertThat(said)
                .containsExactly("method sci4j.hard.Huge.huge(I)I would exceed 64 KiB of code with the unit"
                        + " hooks; it runs uninstrumented, the rest of its class as usual");
    }

    @Test
    void planningRegistersNoUnitOnlyAReturnedClassDoes() throws Exception {
        byte[] original = generate("sci4j/hard/Pure", Opcodes.V1_8, ClassWriter.COMPUTE_FRAMES, cw -> {
            MethodVisitor mv = method(cw, "run", "()V");
            mv.visitInsn(Opcodes.RETURN);
            end(mv);
        });
        EntryPointRewriter rewriter = rewriter("hard-pure");

        assertThat(rewriter.plans(original)).containsOnlyKeys("run()V");
        assertThat(registered("hard-pure")).isFalse();

        rewriter.rewrite(original);
        assertThat(registered("hard-pure")).isTrue();
    }

    // ---- helpers ----

    /** {@code n} × { if (x == 0) return i; x--; i++; } with x in local 0 and i in local 1: 12 bytes each. */
    private static void returningBlocks(MethodVisitor mv, int n) {
        for (int i = 0; i < n; i++) {
            Label next = new Label();
            mv.visitVarInsn(Opcodes.ILOAD, 0);
            mv.visitJumpInsn(Opcodes.IFNE, next);
            mv.visitVarInsn(Opcodes.ILOAD, 1);
            mv.visitInsn(Opcodes.IRETURN);
            mv.visitLabel(next);
            mv.visitIincInsn(0, -1);
            mv.visitIincInsn(1, 1);
        }
    }

    private static MethodVisitor method(ClassVisitor cw, String name, String descriptor) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, name, descriptor, null, null);
        mv.visitCode();
        return mv;
    }

    private static void end(MethodVisitor mv) {
        mv.visitMaxs(0, 0); // computed by the test's ClassWriter
        mv.visitEnd();
    }

    /** Generated with frames and maxima computed (the test may load classes to do so; the agent may not). */
    private static Class<?> rewriteAndLoad(
            String unit, String internalName, int version, Consumer<ClassVisitor> methods) throws Exception {
        int compute = version >= Opcodes.V1_6 ? ClassWriter.COMPUTE_FRAMES : 0;
        return load(internalName, rewrite(unit, generate(internalName, version, compute, methods)));
    }

    private static byte[] generate(String internalName, int version, int compute, Consumer<ClassVisitor> methods) {
        ClassWriter cw = new ClassWriter(compute);
        cw.visit(version, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, internalName, null, "java/lang/Object", null);
        methods.accept(cw);
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** Rewritten so that every method of the class is the unit {@code unit}. */
    private static byte[] rewrite(String unit, byte[] classFile) throws ConfigException {
        byte[] rewritten = rewriter(unit).rewrite(classFile);
        assertThat(rewritten).as("rewritten").isNotNull();
        return rewritten;
    }

    private static EntryPointRewriter rewriter(String unit) throws ConfigException {
        String className = "sci4j.hard." + Character.toUpperCase(unit.charAt(5)) + unit.substring(6);
        return new EntryPointRewriter(
                new EntryPoints(declarations(unit + ":" + className + "#*")), TransformMessages.bounded());
    }

    private static UnitDeclarations declarations(String units) throws ConfigException {
        return UnitDeclarations.parse(units, null, false);
    }

    private static Class<?> load(String internalName, byte[] classFile) throws ClassNotFoundException {
        String name = internalName.replace('/', '.');
        ClassLoader loader = new ClassLoader(RewriterHardCasesTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String n) throws ClassNotFoundException {
                if (!n.equals(name)) {
                    throw new ClassNotFoundException(n);
                }
                return defineClass(n, classFile, 0, classFile.length);
            }
        };
        Class<?> c = loader.loadClass(name);
        assertThat(c.getClassLoader()).isSameAs(loader);
        return c;
    }

    private static int frameCount(byte[] classFile) {
        int[] frames = {0};
        new ClassReader(classFile)
                .accept(
                        new ClassVisitor(Opcodes.ASM9) {
                            @Override
                            public MethodVisitor visitMethod(
                                    int access, String name, String descriptor, String signature, String[] exceptions) {
                                return new MethodVisitor(Opcodes.ASM9) {
                                    @Override
                                    public void visitFrame(
                                            int type, int numLocal, Object[] local, int numStack, Object[] stack) {
                                        frames[0]++;
                                    }
                                };
                            }
                        },
                        0);
        return frames[0];
    }

    /** {ok, failed} of a unit. */
    private static long[] counts(String unit) {
        int id = UnitCounters.id(unit);
        return new long[] {UnitCounters.ok(id), UnitCounters.failed(id)};
    }

    /** Whether the name has an id, without registering it. */
    private static boolean registered(String unit) {
        for (int id = 0; id < UnitCounters.size(); id++) {
            if (unit.equals(UnitCounters.name(id))) {
                return true;
            }
        }
        return false;
    }
}
