package dev.sci4j.agent.units;

import dev.sci4j.agent.bootstrap.Hooks;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.objectweb.asm.Type;

/**
 * The static methods of {@link Hooks} that rewritten code calls, with the owner, name and descriptor that the
 * {@code INVOKESTATIC} names, derived from {@code Hooks} itself: renaming a hook or changing its parameters
 * fails here, at install, instead of as a {@code NoSuchMethodError} inside the application.
 *
 * <p>Every constant is resolved (by reflection) when the enum is initialised, which {@link #resolveAll()} forces
 * when the instrumentation is installed: a class file transformer must load no class, so the first transform
 * finds everything ready. Immutable and thread-safe.
 */
enum HookMethod {
    ENTER("enter", int.class),
    ENTER_EXCHANGE("enterExchange", Object.class),
    ENTER_SERVLET("enterServlet", Object.class, Object.class, Object.class),
    JAX_RS_ROUTE("jaxRsRoute", Object.class),
    EXIT("exit"),
    EXIT_ASYNC("exitAsync", Object.class),
    EXIT_THROWN("exitThrown"),
    WRAP("wrap", Runnable.class),
    RECORD("record", String.class, long.class),
    ENTER_SCOPE("enterScope", String.class),
    EXIT_SCOPE("exitScope", boolean.class),
    MARK_FAILED("markFailed");

    /** Internal name of {@link Hooks}, the owner of every hook. */
    static final String OWNER = Type.getInternalName(Hooks.class);

    final String name;
    final String descriptor;

    HookMethod(String name, Class<?>... parameters) {
        Method method;
        try {
            method = Hooks.class.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("Hooks has no public method " + name, e);
        }
        if (!Modifier.isStatic(method.getModifiers())) {
            throw new IllegalStateException("Hooks." + name + " is not static");
        }
        this.name = method.getName();
        this.descriptor = Type.getMethodDescriptor(method);
    }

    /** Resolves every hook now (see the class comment); throws if {@link Hooks} lacks one. */
    static void resolveAll() {
        values();
    }
}
