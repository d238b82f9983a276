package dev.sci4j.agent.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * An application carrying its own (older) Jackson and ASM. It prints where each came from and uses both while
 * the agent runs beside it with its own versions of the same packages.
 */
public final class IsolationApp {
    private IsolationApp() {}

    public static void main(String[] args) throws Exception {
        System.out.println("jackson from "
                + ObjectMapper.class.getProtectionDomain().getCodeSource().getLocation());
        System.out.println("jackson version " + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
        System.out.println("asm from "
                + ClassReader.class.getProtectionDomain().getCodeSource().getLocation());
        long end = System.nanoTime() + Long.parseLong(args[0]) * 1_000_000L;
        int rounds = 0;
        while (System.nanoTime() < end) {
            String json = new ObjectMapper().writeValueAsString(Map.of("round", rounds));
            ClassWriter writer = new ClassWriter(0);
            writer.visit(Opcodes.V11, Opcodes.ACC_PUBLIC, "Generated" + rounds, null, "java/lang/Object", null);
            writer.visitEnd();
            String generated = new ClassReader(writer.toByteArray()).getClassName();
            if (rounds++ == 0) {
                System.out.println("jackson works: " + json);
                System.out.println("asm works: " + generated);
            }
            Thread.sleep(50);
        }
        System.out.println("done " + rounds);
    }
}
