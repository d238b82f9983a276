package dev.sci4j.agent.core;

import java.lang.reflect.Method;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Defines the agent's bootstrap classes in the bootstrap class loader with the JDK's internal
 * {@code Unsafe.defineClass}, called by the agent's entry ({@code BootClasses}) after it exported
 * {@code jdk.internal.misc} to this loader's unnamed module. Uses JDK types only, since it runs before the
 * bootstrap classes exist. Called once, at start.
 */
public final class BootDefiner {
    private BootDefiner() {}

    /**
     * Defines each class (name → class file); true when all were defined. A class whose supertype is one of these
     * and not defined yet fails with {@link NoClassDefFoundError} and is tried again after the others, until a
     * round defines nothing. A partial definition followed by the caller's fallback (the jar appended to the boot
     * class path) is harmless: the boot loader finds the defined classes first and the rest on the jar, the same
     * classes.
     */
    public static boolean defineAll(Map<String, byte[]> classes) {
        Object unsafe;
        Method define;
        try {
            Class<?> type = Class.forName("jdk.internal.misc.Unsafe");
            unsafe = type.getMethod("getUnsafe").invoke(null);
            define = type.getMethod(
                    "defineClass",
                    String.class,
                    byte[].class,
                    int.class,
                    int.class,
                    ClassLoader.class,
                    ProtectionDomain.class);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
        List<String> pending = new ArrayList<>(classes.keySet());
        while (!pending.isEmpty()) {
            List<String> failed = new ArrayList<>();
            for (String name : pending) {
                byte[] bytes = classes.get(name);
                try {
                    define.invoke(unsafe, name, bytes, 0, bytes.length, null, null);
                } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                    failed.add(name);
                }
            }
            if (failed.size() == pending.size()) {
                return false;
            }
            pending = failed;
        }
        return true;
    }
}
