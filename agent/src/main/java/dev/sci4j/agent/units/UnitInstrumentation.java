package dev.sci4j.agent.units;

import static net.bytebuddy.matcher.ElementMatchers.any;
import static net.bytebuddy.matcher.ElementMatchers.declaresMethod;
import static net.bytebuddy.matcher.ElementMatchers.is;
import static net.bytebuddy.matcher.ElementMatchers.none;
import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isAnnotatedWith;
import static net.bytebuddy.matcher.ElementMatchers.isBridge;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.isMethod;
import static net.bytebuddy.matcher.ElementMatchers.isSubTypeOf;
import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.nameMatches;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.sci4j.agent.bootstrap.ThreadCpu;
import dev.sci4j.agent.bootstrap.UnitContext;
import dev.sci4j.agent.bootstrap.UnitCounters;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.pool.TypePool;
import net.bytebuddy.implementation.bytecode.constant.IntegerConstant;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.utility.JavaModule;

/**
 * Installs the functional-unit instrumentation with Byte Buddy: declared methods (configuration and
 * {@code @FunctionalUnit}), the {@code sci4j-api} no-op bodies, HTTP entry points, and the executors that carry
 * a unit's context across threads. Retransformation, so classes loaded before (dynamic attach, the JDK's own
 * executors) are instrumented too; no class format changes (only method bodies change). Runs once, at start.
 */
public final class UnitInstrumentation {
    static final String FUNCTIONAL_UNIT = "dev.sci4j.api.FunctionalUnit";
    static final String API = "dev.sci4j.api.FunctionalUnits";
    private static final int MAX_ERRORS_LOGGED = 10;

    private UnitInstrumentation() {
    }

    /** Installs everything; problems are logged (a few lines at most), never thrown at the application. */
    public static void install(Instrumentation instrumentation, UnitDeclarations units, Consumer<String> log) {
        ThreadCpu.supported(); // initialise JMX here, never first inside an instrumented executor
        units.nested().forEach(UnitCounters::declareNested);
        AgentBuilder builder = LeanAgentBuilder.create() // NoOp initialisation from the start: see there
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .with(AgentBuilder.TypeStrategy.Default.REDEFINE)
                .with(AgentBuilder.DescriptionStrategy.Default.HYBRID)
                .with(errors(log))
                .with(prefilter(units)) // class loads after the install: most never reach a matcher
                // JDK modules (java.base, jdk.httpserver) do not read the bootstrap class path's unnamed module:
                // without this edge the inlined advice would fail there, silently (suppress = Throwable).
                .assureReadEdgeTo(instrumentation, UnitContext.class)
                // The loader first: OSHI, Jackson, Micrometer loading on the sampler thread are never ours, and
                // a loader comparison is cheaper than the name checks (isSynthetic() even parses the class).
                .ignore(any(), isAgentLoader())
                .or(ignored());
        builder = declared(builder, units);
        builder = api(builder);
        builder = executors(builder);
        if (units.http()) {
            builder = http(builder);
        }
        builder.installOn(instrumentation);
    }

    /** The prefilter, warmed up here so that it loads no class while it runs inside the transformer. */
    private static ClassFilePrefilter prefilter(UnitDeclarations units) {
        ClassFilePrefilter prefilter = new ClassFilePrefilter(units);
        prefilter.mayTransform("dev/sci4j/Warmup", new byte[] {0});
        return prefilter;
    }

    /** Never instrumented: the agent, Byte Buddy, JDK internals (the JDK's executors and HTTP API excepted). */
    static ElementMatcher.Junction<TypeDescription> ignored() {
        return nameStartsWith("net.bytebuddy.")
                .or(nameStartsWith("dev.sci4j.agent.bootstrap."))
                .or(nameMatches("dev\\.sci4j\\.agent\\.[^.]+")) // the entry classes; the core has its own loader
                .or(nameStartsWith("jdk."))
                .or(nameStartsWith("sun."))
                .or(nameStartsWith("com.sun.").and(not(nameStartsWith("com.sun.net.httpserver."))))
                .or(nameStartsWith("java.").and(not(nameStartsWith("java.util.concurrent."))))
                .or(nameStartsWith("javax.").and(not(nameStartsWith("javax.servlet."))))
                .or(isSynthetic());
    }

    /** The isolated loader the agent core runs in (not the application's loader, as in in-process tests). */
    private static ElementMatcher<ClassLoader> isAgentLoader() {
        ClassLoader own = UnitInstrumentation.class.getClassLoader();
        return own == ClassLoader.getSystemClassLoader() ? none() : is(own);
    }

    private static AgentBuilder declared(AgentBuilder builder, UnitDeclarations units) {
        ElementMatcher.Junction<MethodDescription> annotated = isAnnotatedWith(named(FUNCTIONAL_UNIT));
        ElementMatcher.Junction<MethodDescription> configured = new ConfiguredMethod(units);
        ElementMatcher.Junction<MethodDescription> methods = isMethod().and(not(isAbstract())).and(not(isBridge()))
                .and(not(isSynthetic())).and(annotated.or(configured));
        // The JDK packages that are not ignored (executors, HttpServer) cannot carry sci4j's annotation: checked by
        // name first, because declaresMethod reads every method's annotations (reflection, annotation proxies).
        ElementMatcher<TypeDescription> types = not(isInterface()).and(new ConfiguredType(units)
                .or(not(nameStartsWith("java.")).and(not(nameStartsWith("com.sun."))).and(declaresMethod(annotated))));
        Advice advice = Advice.withCustomMapping()
                .bind(UnitId.class, (Advice.OffsetMapping) (type, method, assigner, arguments, sort) ->
                        new Advice.OffsetMapping.Target.ForStackManipulation(
                                IntegerConstant.forValue(UnitCounters.id(unitName(method, units)))))
                .to(MethodUnitAdvice.class);
        return builder.type(types).transform((b, type, loader, module, domain) -> b.visit(advice.on(methods)));
    }

    /** The unit a method declares: its annotation first, else the first matching configuration pattern. */
    static String unitName(MethodDescription method, UnitDeclarations units) {
        AnnotationDescription a = null;
        for (AnnotationDescription d : method.getDeclaredAnnotations()) {
            if (d.getAnnotationType().getName().equals(FUNCTIONAL_UNIT)) {
                a = d;
            }
        }
        if (a != null) {
            String name = a.getValue("value").resolve(String.class);
            if (Boolean.TRUE.equals(a.getValue("nested").resolve(Boolean.class))) {
                UnitCounters.declareNested(name);
            }
            return name;
        }
        return units.unitFor(method.getDeclaringType().getTypeName(), method.getName(), parameterNames(method));
    }

    static List<String> parameterNames(MethodDescription method) {
        List<String> names = new ArrayList<>();
        for (TypeDescription t : method.getParameters().asTypeList().asErasures()) {
            names.add(t.getCanonicalName() != null ? t.getCanonicalName() : t.getName());
        }
        return names;
    }

    /**
     * Advice is built once (it reads and describes the advice class), not again for every type it is applied to,
     * and only when a type needs it: most applications never load the API or an HTTP server.
     */
    private static AgentBuilder api(AgentBuilder builder) {
        Once<List<AsmVisitorWrapper>> advice = new Once<>(() -> List.of(
                Advice.to(ApiAdvice.Record.class).on(named("record").and(takesArguments(String.class, long.class))),
                Advice.to(ApiAdvice.Enter.class).on(named("enter").and(takesArguments(String.class))),
                Advice.to(ApiAdvice.Exit.class).on(named("exit").and(takesArguments(boolean.class))),
                Advice.to(ApiAdvice.MarkFailed.class).on(named("markFailed").and(takesArguments(0))),
                Advice.to(ApiAdvice.Active.class).on(named("agentActive").and(takesArguments(0)))));
        return builder.type(named(API).or(named(API + "$Scope")))
                .transform((b, type, loader, module, domain) -> {
                    for (AsmVisitorWrapper wrapper : advice.get()) {
                        b = b.visit(wrapper);
                    }
                    return b;
                });
    }

    private static AgentBuilder executors(AgentBuilder builder) {
        ElementMatcher.Junction<MethodDescription> execute = named("execute").and(takesArguments(Runnable.class));
        ElementMatcher.Junction<MethodDescription> forkJoinSubmit = named("submit").and(takesArgument(0, Runnable.class))
                .and(isDeclaredByForkJoinPool());
        Once<AsmVisitorWrapper> advice = new Once<>(() -> Advice.to(ExecutorAdvice.class)
                .on(not(isAbstract()).and(execute.or(forkJoinSubmit))));
        return builder.type(nameStartsWith("java.util.concurrent.").and(isSubTypeOf(Executor.class)).and(not(isInterface())))
                .transform((b, type, loader, module, domain) -> b.visit(advice.get()));
    }

    private static ElementMatcher.Junction<MethodDescription> isDeclaredByForkJoinPool() {
        return net.bytebuddy.matcher.ElementMatchers.isDeclaredBy(named("java.util.concurrent.ForkJoinPool"));
    }

    private static AgentBuilder http(AgentBuilder builder) {
        Once<Advice> advice = new Once<>(() -> Advice.to(HttpHandlerAdvice.class));
        ElementMatcher<MethodDescription> handle = named("handle").and(not(isAbstract())).and(takesArguments(1))
                .and(takesArgument(0, named("com.sun.net.httpserver.HttpExchange")));
        builder = builder.type(not(isInterface()).and(hasSuperType(named("com.sun.net.httpserver.HttpHandler"))))
                .transform((b, type, loader, module, domain) -> b.visit(advice.get().on(handle)));
        // Handlers written as lambdas are hidden classes that cannot be instrumented; the JDK server calls every
        // handler through Filter.Chain#doFilter, so that is instrumented too (nested calls count once).
        builder = builder.type(named("com.sun.net.httpserver.Filter$Chain"))
                .transform((b, type, loader, module, domain) -> b.visit(advice.get()
                        .on(named("doFilter").and(takesArguments(1)))));
        builder = servlet(builder, "javax", JavaxServletAdvice.class);
        return servlet(builder, "jakarta", JakartaServletAdvice.class);
    }

    private static AgentBuilder servlet(AgentBuilder builder, String flavour, Class<?> advice) {
        String servlet = flavour + ".servlet.";
        return builder.type(not(isInterface()).and(hasSuperType(named(servlet + "Servlet"))))
                .transform((b, type, loader, module, domain) -> b.visit(adviceSeeing(advice, loader)
                        .on(named("service").and(not(isAbstract())).and(takesArguments(2))
                                .and(takesArgument(0, named(servlet + "ServletRequest")))
                                .and(takesArgument(1, named(servlet + "ServletResponse"))))));
    }

    /**
     * Advice whose signature names types only the application has (the servlet API): described from class files
     * through the agent's and the application's loaders, never loaded into the agent's own loader.
     */
    private static Advice adviceSeeing(Class<?> advice, ClassLoader applicationLoader) {
        ClassFileLocator locator = new ClassFileLocator.Compound(
                ClassFileLocator.ForClassLoader.of(advice.getClassLoader()),
                ClassFileLocator.ForClassLoader.of(applicationLoader));
        return Advice.to(TypePool.Default.of(locator).describe(advice.getName()).resolve(), locator);
    }

    private static AgentBuilder.Listener errors(Consumer<String> log) {
        AtomicInteger logged = new AtomicInteger();
        return new AgentBuilder.Listener.Adapter() {
            @Override
            public void onError(String typeName, ClassLoader classLoader, JavaModule module, boolean loaded,
                                Throwable throwable) {
                if (logged.incrementAndGet() <= MAX_ERRORS_LOGGED) {
                    log.accept("cannot instrument " + typeName + " for functional units (" + throwable
                            + "); it runs uninstrumented");
                }
            }
        };
    }

    /**
     * A value computed on first use. No lock: it is computed inside class file transformers, where waiting for
     * another thread that may itself wait for a class being loaded could deadlock; two threads may both compute
     * it, which is harmless (advice is immutable).
     */
    private static final class Once<T> implements Supplier<T> {
        private final Supplier<T> compute;
        private volatile T value;

        Once(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                v = compute.get();
                value = v;
            }
            return v;
        }
    }

    /** Types that a configuration pattern names (a cheap name check before any method is looked at). */
    private static final class ConfiguredType extends ElementMatcher.Junction.AbstractBase<TypeDescription> {
        private final UnitDeclarations units;

        ConfiguredType(UnitDeclarations units) {
            this.units = units;
        }

        @Override
        public boolean matches(TypeDescription target) {
            return !units.patterns().isEmpty() && units.anyClass(target.getName());
        }
    }

    /** Methods that a configuration pattern names. */
    private static final class ConfiguredMethod extends ElementMatcher.Junction.AbstractBase<MethodDescription> {
        private final UnitDeclarations units;

        ConfiguredMethod(UnitDeclarations units) {
            this.units = units;
        }

        @Override
        public boolean matches(MethodDescription target) {
            return !units.patterns().isEmpty() && units.unitFor(target.getDeclaringType().getTypeName(),
                    target.getName(), parameterNames(target)) != null;
        }
    }
}
