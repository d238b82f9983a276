package dev.sci4j.agent.units;

import dev.sci4j.agent.units.EntryPointRewriter.Hook;
import dev.sci4j.agent.units.EntryPointRewriter.Plan;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * What is an entry point: the one rule set behind the three questions the instrumentation asks, so that a new
 * entry point is added here and nowhere else.
 * <ul>
 *   <li>{@link #mayDeclare}: can this class file declare one? (a byte search, before any parsing:
 *       {@link ClassFilePrefilter});</li>
 *   <li>{@link #plan}: is this method one, and which hook does it get? ({@link EntryPointRewriter}'s planner,
 *       from the class file's names, descriptors, flags and annotations);</li>
 *   <li>{@link #declaresEntryPoint}: does this loaded class declare one? (the retransformation candidates on
 *       attach: {@link UnitInstrumentation}), by handing each declared method's reflected name, descriptor,
 *       flags and annotation to the same {@link #plan}.</li>
 * </ul>
 * A fixed entry point is a class scope, a method name, a static or instance method and a descriptor (exact or
 * a prefix): its descriptor is also the byte marker, because a class file that declares the method holds the
 * descriptor as a constant. Unit methods are declared by {@code @FunctionalUnit} (marker: the annotation's
 * descriptor) or by configuration (by class name). Interfaces, constructors, abstract, native, bridge and
 * synthetic methods are never entry points. Immutable and thread-safe.
 */
final class EntryPoints {
    static final String FUNCTIONAL_UNIT = "Ldev/sci4j/api/FunctionalUnit;";
    static final String API = "dev/sci4j/api/FunctionalUnits";
    static final String API_SCOPE = API + "$Scope";
    static final String EXECUTORS = "java/util/concurrent/";
    static final String FILTER_CHAIN = "com/sun/net/httpserver/Filter$Chain";
    private static final String JERSEY_ROUTING = "org/glassfish/jersey/server/internal/routing/UriRoutingContext";
    private static final String RESTEASY_INVOKER = "org/jboss/resteasy/core/ResourceMethodInvoker";
    private static final String EXCHANGE_HANDLER = "(Lcom/sun/net/httpserver/HttpExchange;)V";
    private static final String JAVAX_SERVICE = "(Ljavax/servlet/ServletRequest;Ljavax/servlet/ServletResponse;)V";
    private static final String JAKARTA_SERVICE =
            "(Ljakarta/servlet/ServletRequest;Ljakarta/servlet/ServletResponse;)V";
    private static final String TASK_PARAMETER = "(Ljava/lang/Runnable;";
    private static final String EXECUTOR = "java.util.concurrent.Executor";
    private static final String ANNOTATION_CLASS = Type.getType(FUNCTIONAL_UNIT).getClassName();
    private static final int SKIPPED_CLASSES = Opcodes.ACC_INTERFACE | Opcodes.ACC_SYNTHETIC | Opcodes.ACC_MODULE;
    private static final int SKIPPED_METHODS =
            Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE | Opcodes.ACC_BRIDGE | Opcodes.ACC_SYNTHETIC;
    private static final byte[] ANNOTATION_MARKER = ascii(FUNCTIONAL_UNIT);
    /** Return types of unit methods that end when the value completes ({@link #endsAtCompletion}). */
    private static final Set<String> ASYNC_RETURNS = Set.of(
            "Ljava/util/concurrent/CompletionStage;",
            "Ljava/util/concurrent/CompletableFuture;",
            "Lreactor/core/publisher/Mono;",
            "Lreactor/core/publisher/Flux;",
            "Lorg/reactivestreams/Publisher;");
    /** A rule's class scope: any class; else a package ({@code a/b/}, its direct members) or one class. */
    private static final String ANY_CLASS = "";

    /** Every fixed entry point, in the order they are tried (the first that matches wins). */
    private static final List<Rule> FIXED = List.of(
            Rule.exact(API, true, "record", "(Ljava/lang/String;J)V", false, Hook.RECORD),
            Rule.exact(API, true, "enter", "(Ljava/lang/String;)V", false, Hook.SCOPE_ENTER),
            Rule.exact(API, true, "exit", "(Z)V", false, Hook.SCOPE_EXIT),
            Rule.exact(API, true, "agentActive", "()Z", false, Hook.AGENT_ACTIVE),
            Rule.exact(API_SCOPE, true, "markFailed", "()V", false, Hook.MARK_FAILED),
            // Classes directly in java.util.concurrent: its subpackages (locks, atomic) hand over no task.
            Rule.exact(EXECUTORS, false, "execute", "(Ljava/lang/Runnable;)V", false, Hook.WRAP_TASK)
                    .declaredBy(EXECUTOR),
            Rule.prefix(EXECUTORS + "ForkJoinPool", false, "submit", TASK_PARAMETER, Hook.WRAP_TASK)
                    .declaredBy(EXECUTOR),
            Rule.exact(ANY_CLASS, false, "handle", EXCHANGE_HANDLER, true, Hook.EXCHANGE)
                    .declaredBy("com.sun.net.httpserver.HttpHandler"),
            Rule.exact(FILTER_CHAIN, false, "doFilter", EXCHANGE_HANDLER, true, Hook.EXCHANGE),
            // Jersey (2.x and 3.x) once it has matched the resource method: the servlet unit takes its templates.
            Rule.exact(
                    JERSEY_ROUTING,
                    false,
                    "setMatchedResourceMethod",
                    "(Lorg/glassfish/jersey/server/model/ResourceMethod;)V",
                    true,
                    Hook.JAX_RS_ROUTE),
            // RESTEasy (4.x and later) as it invokes the matched resource method; every invocation passes here.
            Rule.exact(
                    RESTEASY_INVOKER,
                    false,
                    "invoke",
                    "(Lorg/jboss/resteasy/spi/HttpRequest;Lorg/jboss/resteasy/spi/HttpResponse;Ljava/lang/Object;)"
                            + "Lorg/jboss/resteasy/specimpl/BuiltResponse;",
                    true,
                    Hook.JAX_RS_ROUTE),
            Rule.exact(ANY_CLASS, false, "service", JAVAX_SERVICE, true, Hook.SERVLET)
                    .declaredBy("javax.servlet.Servlet"),
            Rule.exact(ANY_CLASS, false, "service", JAKARTA_SERVICE, true, Hook.SERVLET)
                    .declaredBy("jakarta.servlet.Servlet"));

    private final UnitDeclarations units;
    private final List<Rule> fixed;

    EntryPoints(UnitDeclarations units) {
        this.units = units;
        List<Rule> active = new ArrayList<>();
        for (Rule r : FIXED) {
            if (!r.http || units.http()) {
                active.add(r);
            }
        }
        this.fixed = List.copyOf(active);
    }

    /**
     * Whether the class file can declare an entry point: false only when {@link #plan} would find none in it.
     * Looks at the name and searches the bytes; parses nothing.
     */
    boolean mayDeclare(String internalName, byte[] classFile) {
        for (Rule r : fixed) {
            if (r.inScope(internalName) && ClassFilePrefilter.indexOf(classFile, r.marker) >= 0) {
                return true;
            }
        }
        return configures(internalName) || ClassFilePrefilter.indexOf(classFile, ANNOTATION_MARKER) >= 0;
    }

    /**
     * The plan for one method, or null when it is no entry point.
     *
     * @param className  internal name ({@code a/b/C})
     * @param classAccess the class's access flags ({@code ACC_INTERFACE}, {@code ACC_SYNTHETIC}, …)
     * @param access     the method's access flags
     * @param unitName   the method's {@code @FunctionalUnit} value, or null when it has none
     * @param nested     the annotation's {@code nested}
     */
    Plan plan(
            String className,
            int classAccess,
            int access,
            String name,
            String descriptor,
            String unitName,
            boolean nested) {
        if ((classAccess & SKIPPED_CLASSES) != 0 || (access & SKIPPED_METHODS) != 0 || name.charAt(0) == '<') {
            return null;
        }
        boolean isStatic = (access & Opcodes.ACC_STATIC) != 0;
        for (Rule r : fixed) {
            if (r.matches(className, isStatic, name, descriptor)) {
                return new Plan(r.hook, null, false);
            }
        }
        if (unitName != null) {
            return new Plan(Hook.UNIT, unitName, nested);
        }
        String configured = configuredUnit(className, name, descriptor);
        return configured == null ? null : new Plan(Hook.UNIT, configured, false);
    }

    /**
     * Whether a unit method with this descriptor ends when its returned value completes rather than at its return:
     * the value is a {@code CompletionStage}, {@code CompletableFuture}, Reactor {@code Mono} or {@code Flux}, or a
     * reactive-streams {@code Publisher} (see {@code AsyncUnits} in the bootstrap for what each means). Exact
     * types only: the hook returns the value itself or one of the same Reactor type, so the cast back to the
     * declared type always holds.
     */
    static boolean endsAtCompletion(String descriptor) {
        return ASYNC_RETURNS.contains(descriptor.substring(descriptor.lastIndexOf(')') + 1));
    }

    /**
     * Whether a loaded class declares an entry point ({@link #plan} on each declared method, from reflection).
     * Loads the types of its methods' parameters and annotations, as reflection does; a class whose methods
     * cannot be reflected (a missing parameter type) has none we could instrument now. {@code @FunctionalUnit}
     * is looked for only in classes of a class loader, not of the bootstrap loader.
     */
    boolean declaresEntryPoint(Class<?> c) {
        String className = c.getName().replace('.', '/');
        int classAccess = (c.isInterface() ? Opcodes.ACC_INTERFACE : 0) | (c.isSynthetic() ? Opcodes.ACC_SYNTHETIC : 0);
        if ((classAccess & SKIPPED_CLASSES) != 0) {
            return false;
        }
        // Reading annotations creates a proxy per annotation; the JDK's classes carry many and never ours.
        boolean annotations = c.getClassLoader() != null;
        if (!annotations && !configures(className) && !anyRuleMayMatch(c, className)) {
            return false; // reflecting on every JDK class loaded before premain costs ~30 ms of start-up
        }
        boolean configured = configures(className);
        try {
            for (Method m : c.getDeclaredMethods()) {
                Annotation unit = annotations ? functionalUnit(m) : null;
                if (unit == null && !configured && !namesFixedMethod(m.getName())) {
                    continue; // plan() would say no: skip building its descriptor (hundreds of classes at premain)
                }
                int access = m.getModifiers()
                        | (m.isBridge() ? Opcodes.ACC_BRIDGE : 0)
                        | (m.isSynthetic() ? Opcodes.ACC_SYNTHETIC : 0);
                if (plan(
                                className,
                                classAccess,
                                access,
                                m.getName(),
                                Type.getMethodDescriptor(m),
                                unit == null ? null : String.valueOf(value(unit, "value")),
                                unit != null && Boolean.TRUE.equals(value(unit, "nested")))
                        != null) {
                    return true;
                }
            }
        } catch (Throwable t) {
            return false;
        }
        return false;
    }

    private boolean namesFixedMethod(String method) {
        for (Rule r : fixed) {
            if (r.method.equals(method)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some fixed rule covers the class's name and, where it says so, its type: no reflection. */
    private boolean anyRuleMayMatch(Class<?> c, String className) {
        for (Rule r : fixed) {
            if (r.inScope(className) && (r.supertype == null || isSubtype(c, r.supertype))) {
                return true;
            }
        }
        return false;
    }

    /** By name, over the loaded supertypes only: loads nothing. */
    private static boolean isSubtype(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(name)) {
                return true;
            }
            for (Class<?> i : c.getInterfaces()) {
                if (isSubtype(i, name)) {
                    return true;
                }
            }
        }
        return false;
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
        // Nested parameter types may be written as in source (Outer.Inner) as well as with '$'. A loop, not a
        // lambda: the first use of one would define a class inside a transform.
        boolean nestedType = false;
        for (int i = 0; i < parameters.size(); i++) {
            String p = parameters.get(i);
            if (p.indexOf('$') >= 0) {
                parameters.set(i, p.replace('$', '.'));
                nestedType = true;
            }
        }
        return unit == null && nestedType ? units.unitFor(className, method, parameters) : unit;
    }

    private boolean configures(String internalName) {
        return !units.patterns().isEmpty() && units.anyClass(internalName.replace('/', '.'));
    }

    private static Annotation functionalUnit(Method m) {
        for (Annotation a : m.getDeclaredAnnotations()) {
            if (a.annotationType().getName().equals(ANNOTATION_CLASS)) {
                return a;
            }
        }
        return null;
    }

    private static Object value(Annotation a, String element) throws ReflectiveOperationException {
        return a.annotationType().getMethod(element).invoke(a);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII); // class files hold modified UTF-8: the same bytes for ASCII
    }

    /** One fixed entry point. Immutable. */
    private static final class Rule {
        /** {@link #ANY_CLASS}, a package ending in {@code /} or an internal class name. */
        final String classes;

        final boolean isStatic;
        final String method;
        final String descriptor;
        final boolean prefix;
        final boolean http;
        final Hook hook;
        /** The descriptor's bytes: every class file declaring the method holds them. */
        final byte[] marker;
        /**
         * The type whose implementations declare the method (binary name), or null: only the attach-time check
         * uses it, to skip reflecting on classes that cannot match (the class file rules need no hierarchy).
         */
        final String supertype;

        private Rule(
                String classes,
                boolean isStatic,
                String method,
                String descriptor,
                boolean prefix,
                boolean http,
                Hook hook,
                String supertype) {
            this.classes = classes;
            this.isStatic = isStatic;
            this.method = method;
            this.descriptor = descriptor;
            this.prefix = prefix;
            this.http = http;
            this.hook = hook;
            this.marker = ascii(descriptor);
            this.supertype = supertype;
        }

        static Rule exact(String classes, boolean isStatic, String method, String descriptor, boolean http, Hook hook) {
            return new Rule(classes, isStatic, method, descriptor, false, http, hook, null);
        }

        static Rule prefix(String classes, boolean isStatic, String method, String descriptorPrefix, Hook hook) {
            return new Rule(classes, isStatic, method, descriptorPrefix, true, false, hook, null);
        }

        /** The same rule, said to be declared only by implementations of {@code type} (a binary name). */
        Rule declaredBy(String type) {
            return new Rule(classes, isStatic, method, descriptor, prefix, http, hook, type);
        }

        boolean matches(String className, boolean isStatic, String name, String descriptor) {
            return this.isStatic == isStatic
                    && method.equals(name)
                    && (prefix ? descriptor.startsWith(this.descriptor) : descriptor.equals(this.descriptor))
                    && inScope(className);
        }

        boolean inScope(String className) {
            if (classes.isEmpty()) {
                return true;
            }
            return classes.endsWith("/")
                    ? className.startsWith(classes) && className.indexOf('/', classes.length()) < 0
                    : className.equals(classes);
        }
    }
}
