package dev.sci4j.agent.units;

import static net.bytebuddy.matcher.ElementMatchers.any;
import static net.bytebuddy.matcher.ElementMatchers.isBootstrapClassLoader;
import static net.bytebuddy.matcher.ElementMatchers.isExtensionClassLoader;
import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.not;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.Collections;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.AgentBuilder.CircularityLock;
import net.bytebuddy.agent.builder.AgentBuilder.ClassFileBufferStrategy;
import net.bytebuddy.agent.builder.AgentBuilder.DescriptionStrategy;
import net.bytebuddy.agent.builder.AgentBuilder.FallbackStrategy;
import net.bytebuddy.agent.builder.AgentBuilder.InitializationStrategy;
import net.bytebuddy.agent.builder.AgentBuilder.InjectionStrategy;
import net.bytebuddy.agent.builder.AgentBuilder.InstallationListener;
import net.bytebuddy.agent.builder.AgentBuilder.LambdaInstrumentationStrategy;
import net.bytebuddy.agent.builder.AgentBuilder.Listener;
import net.bytebuddy.agent.builder.AgentBuilder.LocationStrategy;
import net.bytebuddy.agent.builder.AgentBuilder.PoolStrategy;
import net.bytebuddy.agent.builder.AgentBuilder.RawMatcher;
import net.bytebuddy.agent.builder.AgentBuilder.RedefinitionStrategy;
import net.bytebuddy.agent.builder.AgentBuilder.TransformerDecorator;
import net.bytebuddy.agent.builder.AgentBuilder.TypeStrategy;
import net.bytebuddy.dynamic.ClassFileLocator;

/**
 * Creates an {@link AgentBuilder.Default} with exactly the defaults of its public constructor except the
 * initialisation strategy, which is {@link InitializationStrategy.NoOp} from the start.
 * <p>
 * Why: the public constructor creates {@code InitializationStrategy.SelfInjection.Split}, whose
 * {@code NexusAccessor} initialises {@code ClassInjector.UsingReflection} and {@code UsingUnsafe}; those generate
 * a class with {@code ByteBuddy.redefine} and build dozens of reflective dispatchers. That was about half of the
 * agent's start-up time, all of it wasted: the instrumentation only inlines advice and never needs a loaded type
 * initializer ({@code disableClassFormatChanges}), and the strategy used to be replaced by {@code NoOp} right
 * away. The system property {@code net.bytebuddy.nexus.disabled} would avoid it too, but it would also change the
 * application's own Byte Buddy.
 * <p>
 * How: the protected all-arguments constructor, called reflectively, because two of its parameter types
 * ({@code RedefinitionStrategy.ResubmissionStrategy}, the default ignore matcher's {@code RawMatcher.Disjunction})
 * are protected and cannot be named by a subclass. Byte Buddy lives only in the agent's own class loader (the
 * unnamed module), so the reflection is always permitted; should a Byte Buddy upgrade change the constructor,
 * the public one is used, which costs start-up time, never correctness.
 */
final class LeanAgentBuilder {
    private static final String DEFAULT = AgentBuilder.Default.class.getName();

    private LeanAgentBuilder() {
    }

    /** The builder {@code new AgentBuilder.Default().with(InitializationStrategy.NoOp.INSTANCE)} would give. */
    static AgentBuilder create() {
        try {
            return lean();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return new AgentBuilder.Default().with(InitializationStrategy.NoOp.INSTANCE);
        }
    }

    /** The protected constructor with the values {@code AgentBuilder.Default(ByteBuddy)} passes in 1.17.7. */
    static AgentBuilder lean() throws ReflectiveOperationException {
        Object[] arguments = {
                new ByteBuddy(),
                Listener.NoOp.INSTANCE,
                defaultLock(),
                PoolStrategy.Default.FAST,
                TypeStrategy.Default.REBASE,
                LocationStrategy.ForClassLoader.STRONG,
                ClassFileLocator.NoOp.INSTANCE,
                constant(DEFAULT + "$NativeMethodStrategy$Disabled"),
                constant(DEFAULT + "$WarmupStrategy$NoOp"),
                TransformerDecorator.NoOp.INSTANCE,
                InitializationStrategy.NoOp.INSTANCE, // the public constructor: new SelfInjection.Split()
                RedefinitionStrategy.DISABLED,
                RedefinitionStrategy.DiscoveryStrategy.SinglePass.INSTANCE,
                RedefinitionStrategy.BatchAllocator.ForTotal.INSTANCE,
                RedefinitionStrategy.Listener.NoOp.INSTANCE,
                constant(RedefinitionStrategy.class.getName() + "$ResubmissionStrategy$Disabled"),
                InjectionStrategy.UsingReflection.INSTANCE,
                LambdaInstrumentationStrategy.DISABLED,
                DescriptionStrategy.Default.HYBRID,
                FallbackStrategy.ByThrowableType.ofOptionalTypes(),
                ClassFileBufferStrategy.Default.RETAINING,
                InstallationListener.NoOp.INSTANCE,
                defaultIgnore(),
                Collections.emptyList()};
        Constructor<?> constructor = allArguments();
        if (constructor.getParameterCount() != arguments.length) {
            throw new NoSuchMethodException(DEFAULT + " constructor with " + arguments.length + " parameters");
        }
        constructor.setAccessible(true);
        return (AgentBuilder) constructor.newInstance(arguments);
    }

    /** The widest constructor: the all-arguments one (the public ones take zero or one). */
    private static Constructor<?> allArguments() throws NoSuchMethodException {
        Constructor<?> widest = null;
        for (Constructor<?> c : AgentBuilder.Default.class.getDeclaredConstructors()) {
            if (widest == null || c.getParameterCount() > widest.getParameterCount()) {
                widest = c;
            }
        }
        if (widest == null) {
            throw new NoSuchMethodException(DEFAULT + " has no constructor");
        }
        return widest;
    }

    /** The lock every {@code AgentBuilder.Default} of this class loader shares (a private static field). */
    private static Object defaultLock() throws ReflectiveOperationException {
        Field lock = AgentBuilder.Default.class.getDeclaredField("DEFAULT_LOCK");
        lock.setAccessible(true);
        return lock.get(null);
    }

    /**
     * {@code new RawMatcher.Disjunction(ForElementMatchers(any(), isBootstrapClassLoader().or(
     * isExtensionClassLoader())), ForElementMatchers(Byte Buddy, reflection accessors, synthetic types))}; the
     * caller replaces it with {@code ignore(…)} anyway, but the builder is then identical to the default one.
     */
    private static Object defaultIgnore() throws ReflectiveOperationException {
        Constructor<?> disjunction = Class.forName(RawMatcher.class.getName() + "$Disjunction", false,
                RawMatcher.class.getClassLoader()).getDeclaredConstructor(RawMatcher[].class);
        disjunction.setAccessible(true);
        return disjunction.newInstance((Object) new RawMatcher[] {
                new RawMatcher.ForElementMatchers(any(), isBootstrapClassLoader().or(isExtensionClassLoader())),
                new RawMatcher.ForElementMatchers(nameStartsWith("net.bytebuddy.")
                        .and(not(nameStartsWith("net.bytebuddy.renamed.")))
                        .or(nameStartsWith("sun.reflect.").or(nameStartsWith("jdk.internal.reflect.")))
                        .or(isSynthetic()))});
    }

    /** The {@code INSTANCE} of a constant whose type is protected in the source but public in the class file. */
    private static Object constant(String className) throws ReflectiveOperationException {
        return Class.forName(className, true, AgentBuilder.class.getClassLoader()).getField("INSTANCE").get(null);
    }
}
