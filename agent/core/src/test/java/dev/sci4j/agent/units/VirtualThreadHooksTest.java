package dev.sci4j.agent.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** The rewrite of {@code java.lang.VirtualThread}: the real one of JDK 25 when installed, and made-up shapes. */
class VirtualThreadHooksTest {
    private static final String HOOKS = "dev/sci4j/agent/bootstrap/VirtualThreadCpu";

    @Test
    void theRealVirtualThreadOfJdk25GetsItsHookAtEachReturnOfMountAndAtTheStartOfUnmount() throws Exception {
        Path jdk25 = jdk25();
        assumeTrue(jdk25 != null, "no /usr/lib/jvm/temurin-25* on this machine");
        byte[] original;
        try (FileSystem jrt = FileSystems.newFileSystem(URI.create("jrt:/"), Map.of("java.home", jdk25.toString()))) {
            original = Files.readAllBytes(jrt.getPath("modules", "java.base", "java/lang/VirtualThread.class"));
        }

        byte[] rewritten = VirtualThreadHooks.rewrite(original);

        assertThat(rewritten).isNotNull();
        assertThat(instructions(rewritten, "mount")).endsWith("INVOKESTATIC " + HOOKS + ".mounted", "RETURN");
        assertThat(instructions(rewritten, "unmount")).startsWith("INVOKESTATIC " + HOOKS + ".unmounting");
        assertThat(String.join(",", instructions(rewritten, "runContinuation"))).doesNotContain(HOOKS);
    }

    @Test
    void aClassWithoutMountIsLeftAsItIs() {
        assertThat(VirtualThreadHooks.rewrite(classWith("unmount"))).isNull();
        assertThat(VirtualThreadHooks.rewrite(classWith("mount"))).isNull();
        assertThat(VirtualThreadHooks.rewrite(classWith("mount", "unmount"))).isNotNull();
    }

    @Test
    void theFileWarnsOnlyWhenVirtualThreadsCpuTimeIsNotMeasuredOrAUnitWentWithoutIt() {
        assertThat(VirtualThreadHooks.warnings(null, 0)).isEmpty();
        assertThat(VirtualThreadHooks.warnings("this JVM has no thread CPU time", 0))
                .singleElement()
                .asString()
                .contains("CPU time not measured (this JVM has no thread CPU time)")
                .contains("0 units ran on virtual threads without a CPU reading");
        assertThat(VirtualThreadHooks.warnings(null, 12))
                .singleElement()
                .asString()
                .contains("12 units ran on virtual threads without a CPU reading")
                .contains("unattributed");
    }

    /** A made-up {@code java/lang/VirtualThread} with these private no-argument void methods. */
    private static byte[] classWith(String... methods) {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(Opcodes.V11, Opcodes.ACC_FINAL, VirtualThreadHooks.VIRTUAL_THREAD, null, "java/lang/Object", null);
        for (String name : methods) {
            MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PRIVATE, name, "()V", null, null);
            mv.visitCode();
            mv.visitInsn(Opcodes.RETURN);
            mv.visitMaxs(0, 1);
            mv.visitEnd();
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** The opcodes of a method: method calls as {@code INVOKESTATIC owner.name}, returns as {@code RETURN}. */
    private static List<String> instructions(byte[] classFile, String method) {
        List<String> out = new ArrayList<>();
        new ClassReader(classFile)
                .accept(
                        new ClassVisitor(Opcodes.ASM9) {
                            @Override
                            public MethodVisitor visitMethod(
                                    int access, String name, String descriptor, String signature, String[] ex) {
                                if (!name.equals(method) || !"()V".equals(descriptor)) {
                                    return null;
                                }
                                return new MethodVisitor(Opcodes.ASM9) {
                                    @Override
                                    public void visitMethodInsn(
                                            int opcode, String owner, String name, String desc, boolean itf) {
                                        out.add((opcode == Opcodes.INVOKESTATIC ? "INVOKESTATIC " : "CALL ") + owner
                                                + "." + name);
                                    }

                                    @Override
                                    public void visitInsn(int opcode) {
                                        out.add(opcode == Opcodes.RETURN ? "RETURN" : "INSN");
                                    }
                                };
                            }
                        },
                        0);
        return out;
    }

    private static Path jdk25() throws Exception {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (Stream<Path> s = Files.list(jvms)) {
            return s.filter(p -> p.getFileName().toString().startsWith("temurin-25"))
                    .filter(p -> Files.isRegularFile(p.resolve("lib/modules")))
                    .findFirst()
                    .orElse(null);
        }
    }
}
