package dev.sci4j.agent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Every hook catches {@code Throwable}: read from {@link Hooks}' own bytecode, so a hook added without its
 * try/catch fails here rather than in an application.
 */
class HooksTest {
    @Test
    void everyInstructionOfEveryPublicStaticHookThatCanThrowIsInsideACatchThrowable() throws IOException {
        Map<String, List<String>> unprotected = unprotectedInstructions(classFile(Hooks.class));

        assertThat(unprotected.keySet()).containsExactlyInAnyOrderElementsOf(publicStaticMethods(Hooks.class));
        assertThat(unprotected)
                .allSatisfy((method, instructions) -> assertThat(instructions)
                        .as("instructions of Hooks.%s outside a catch (Throwable)", method)
                        .isEmpty());
    }

    @Test
    void theCheckFindsAHookWithoutHandlerOrWithANarrowerOne() {
        byte[] unsafe = hookClass(null);
        byte[] narrow = hookClass("java/lang/RuntimeException");
        byte[] safe = hookClass("java/lang/Throwable");

        assertThat(unprotectedInstructions(unsafe).get("hook(Ljava/lang/String;)V"))
                .containsExactly("INVOKEVIRTUAL java/lang/String.length");
        assertThat(unprotectedInstructions(narrow).get("hook(Ljava/lang/String;)V"))
                .containsExactly("INVOKEVIRTUAL java/lang/String.length");
        assertThat(unprotectedInstructions(safe).get("hook(Ljava/lang/String;)V"))
                .isEmpty();
    }

    /**
     * For each public static method: its instructions that can throw (calls, field and type instructions,
     * {@code athrow}) and lie in no try range whose handler catches {@code Throwable} (or everything).
     */
    static Map<String, List<String>> unprotectedInstructions(byte[] classFile) {
        Map<String, List<String>> out = new HashMap<>();
        new ClassReader(classFile)
                .accept(
                        new ClassVisitor(Opcodes.ASM9) {
                            @Override
                            public MethodVisitor visitMethod(
                                    int access, String name, String descriptor, String signature, String[] exceptions) {
                                int publicStatic = Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC;
                                if ((access & publicStatic) != publicStatic || name.startsWith("<")) {
                                    return null;
                                }
                                List<String> found = new ArrayList<>();
                                out.put(name + descriptor, found);
                                return new CoverageCheck(found);
                            }
                        },
                        ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return out;
    }

    /** Positions instructions by index; try ranges are visited before the code, so they are resolved at the end. */
    private static final class CoverageCheck extends MethodVisitor {
        private final List<String> unprotected;
        private final Map<Label, Integer> positions = new HashMap<>();
        private final List<Label[]> catchAll = new ArrayList<>();
        private final List<Object[]> throwing = new ArrayList<>(); // {index, text}
        private int index;

        CoverageCheck(List<String> unprotected) {
            super(Opcodes.ASM9);
            this.unprotected = unprotected;
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            if (type == null || type.equals("java/lang/Throwable")) {
                catchAll.add(new Label[] {start, end});
            }
        }

        @Override
        public void visitLabel(Label label) {
            positions.put(label, index);
        }

        @Override
        public void visitInsn(int opcode) {
            if (opcode == Opcodes.ATHROW) {
                throwing("ATHROW");
            }
            index++;
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            index++;
        }

        @Override
        public void visitVarInsn(int opcode, int var) {
            index++;
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            throwing("type " + type);
            index++;
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            throwing("field " + owner + "." + name);
            index++;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            throwing((opcode == Opcodes.INVOKESTATIC
                            ? "INVOKESTATIC "
                            : opcode == Opcodes.INVOKEVIRTUAL ? "INVOKEVIRTUAL " : "INVOKE ")
                    + owner + "." + name);
            index++;
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            throwing("INVOKEDYNAMIC " + name);
            index++;
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            index++;
        }

        @Override
        public void visitLdcInsn(Object value) {
            index++;
        }

        @Override
        public void visitIincInsn(int var, int increment) {
            index++;
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            index++;
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            index++;
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            throwing("MULTIANEWARRAY");
            index++;
        }

        private void throwing(String text) {
            throwing.add(new Object[] {index, text});
        }

        @Override
        public void visitEnd() {
            for (Object[] insn : throwing) {
                int at = (Integer) insn[0];
                boolean covered =
                        catchAll.stream().anyMatch(r -> positions.get(r[0]) <= at && at < positions.get(r[1]));
                if (!covered) {
                    unprotected.add((String) insn[1]);
                }
            }
        }
    }

    /** {@code public static void hook(String s) { s.length(); }}, inside a try/catch of {@code catchType} if given. */
    private static byte[] hookClass(String catchType) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V11, Opcodes.ACC_PUBLIC, "sci4j/test/SomeHooks", null, "java/lang/Object", null);
        MethodVisitor mv =
                cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "hook", "(Ljava/lang/String;)V", null, null);
        mv.visitCode();
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        if (catchType != null) {
            mv.visitTryCatchBlock(start, end, handler, catchType);
        }
        mv.visitLabel(start);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "length", "()I", false);
        mv.visitInsn(Opcodes.POP);
        mv.visitLabel(end);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitLabel(handler);
        if (catchType != null) {
            mv.visitVarInsn(Opcodes.ASTORE, 1);
            mv.visitInsn(Opcodes.RETURN);
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static List<String> publicStaticMethods(Class<?> type) {
        TreeSet<String> out = new TreeSet<>();
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
                out.add(m.getName() + org.objectweb.asm.Type.getMethodDescriptor(m));
            }
        }
        assertThat(out).as("public static hooks").isNotEmpty();
        return new ArrayList<>(out);
    }

    private static byte[] classFile(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return in.readAllBytes();
        }
    }
}
