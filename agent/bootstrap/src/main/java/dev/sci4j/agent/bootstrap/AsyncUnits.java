package dev.sci4j.agent.bootstrap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A declared unit whose method returns an asynchronous or lazy value ends when that value completes, not when the
 * method returns (the rewriter calls {@link Hooks#exitAsync} for the return types {@code EntryPoints} lists):
 * <ul>
 *   <li>a {@code CompletionStage} ({@code CompletableFuture}): counted once when it completes, failed if
 *       exceptionally; the method's own CPU time is charged at its return, and work it handed to
 *       {@code java.util.concurrent} executors follows the unit as everywhere; callbacks that others add to the
 *       stage later are theirs. A stage that never completes is never counted;</li>
 *   <li>a Reactor {@code Mono} or {@code Flux} (found by class name, used through reflection: no dependency):
 *       <b>one unit per subscription</b>, counted at its first terminal signal (complete: ok; error: failed;
 *       cancel: ok); a value never subscribed is never counted. The CPU time of the subscription's synchronous
 *       work is the unit's: the {@code onSubscribe} signal and each {@code request(n)} run as a continuation of the
 *       unit on their thread (where a cold publisher computes), when no other unit is active on that thread
 *       (it is then that unit's work, already measured there). Work on Reactor's schedulers and on threads
 *       that emit later is not followed.</li>
 * </ul>
 * Any other value (a non-Reactor {@code Publisher}, null) ends the unit at the return, as before. Reflection and
 * a few objects per call of such a unit only; nothing for other units. Thread-safe.
 */
final class AsyncUnits {
    private static final ClassValue<Reactor> REACTOR = new ClassValue<>() {
        @Override
        protected Reactor computeValue(Class<?> type) {
            return Reactor.of(type);
        }
    };

    private AsyncUnits() {}

    /** Leaves the innermost unit returning {@code value}: the value to return instead (the same, or a wrapper). */
    static Object exitReturning(Object value) {
        Reactor reactor = value instanceof CompletionStage ? null : reactor(value);
        if (!(value instanceof CompletionStage) && reactor == null) {
            UnitContext.exitReturning();
            return value;
        }
        int unitId = UnitContext.exitPending();
        if (unitId < 0) {
            return value; // not a counted unit here (part of the one around it)
        }
        try {
            if (reactor == null) {
                ((CompletionStage<?>) value).whenComplete(new StageEnd(unitId)); // the same stage is returned
                return value;
            }
            return reactor.perSubscription(value, unitId);
        } catch (Throwable t) {
            UnitCounters.completed(unitId, false); // counted now rather than never
            return value;
        }
    }

    /** Reactor's access for the value's class, or null; never throws (the unit must still be left). */
    private static Reactor reactor(Object value) {
        try {
            return value == null ? null : REACTOR.get(value.getClass());
        } catch (Throwable t) {
            return null;
        }
    }

    /** Counts the unit when its stage completes. */
    private static final class StageEnd implements BiConsumer<Object, Throwable> {
        private final int unitId;

        StageEnd(int unitId) {
            this.unitId = unitId;
        }

        @Override
        public void accept(Object result, Throwable failure) {
            UnitCounters.completed(unitId, failure != null);
        }
    }

    /**
     * Reactor's {@code transform} on a {@code Mono} or {@code Flux} class and {@code Operators.lift}, and the
     * subscriber and subscription interfaces; null for any other class. Immutable.
     */
    private static final class Reactor {
        private final MethodHandle transform; // (Object publisher, Object function) Object, of the same kind
        private final MethodHandle lift; // (Object biFunction) Object function
        // Proxy classes' constructors, looked up once: Proxy.newProxyInstance finds them again on every call
        // (a key, a cache lookup and the caller's class) and this runs for every subscription.
        private final Constructor<?> subscriber; // a proxy implementing reactor.core.CoreSubscriber
        private final Constructor<?> subscription; // a proxy implementing org.reactivestreams.Subscription

        private Reactor(
                MethodHandle transform, MethodHandle lift, Constructor<?> subscriber, Constructor<?> subscription) {
            this.transform = transform;
            this.lift = lift;
            this.subscriber = subscriber;
            this.subscription = subscription;
        }

        static Reactor of(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                String name = c.getName();
                if (name.equals("reactor.core.publisher.Mono") || name.equals("reactor.core.publisher.Flux")) {
                    return of(c, c.getClassLoader());
                }
            }
            return null;
        }

        private static Reactor of(Class<?> kind, ClassLoader loader) {
            try {
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                Class<?> operators = Class.forName("reactor.core.publisher.Operators", false, loader);
                MethodHandle transform =
                        lookup.findVirtual(kind, "transform", MethodType.methodType(kind, Function.class));
                MethodHandle lift =
                        lookup.findStatic(operators, "lift", MethodType.methodType(Function.class, BiFunction.class));
                return new Reactor(
                        transform.asType(MethodType.methodType(Object.class, Object.class, Object.class)),
                        lift.asType(MethodType.methodType(Object.class, Object.class)),
                        proxyConstructor(Class.forName("reactor.core.CoreSubscriber", false, loader)),
                        proxyConstructor(Class.forName("org.reactivestreams.Subscription", false, loader)));
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return null; // another Reactor than the one known: the unit ends at the return
            }
        }

        private static Constructor<?> proxyConstructor(Class<?> type) throws NoSuchMethodException {
            InvocationHandler none = (proxy, method, args) -> null;
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, none)
                    .getClass()
                    .getConstructor(InvocationHandler.class);
        }

        /** A new proxy of {@code constructor}'s class (its one public constructor cannot fail). */
        static Object proxy(Constructor<?> constructor, InvocationHandler handler) {
            try {
                return constructor.newInstance(handler);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        /** {@code publisher.transform(Operators.lift((scannable, actual) -> subscriber counting unitId))}. */
        Object perSubscription(Object publisher, int unitId) throws Throwable {
            Object function = (Object) lift.invokeExact((Object) new Lifter(this, unitId));
            return (Object) transform.invokeExact(publisher, function);
        }
    }

    /** Gives each subscription a subscriber that counts the unit once and runs its synchronous work in it. */
    private static final class Lifter implements BiFunction<Object, Object, Object> {
        private final Reactor reactor;
        private final int unitId;

        Lifter(Reactor reactor, int unitId) {
            this.reactor = reactor;
            this.unitId = unitId;
        }

        @Override
        public Object apply(Object scannable, Object actual) {
            Subscription s = new Subscription(reactor, unitId, actual);
            return Reactor.proxy(reactor.subscriber, s.subscriberSide);
        }
    }

    /**
     * One subscription to the unit's publisher: the subscriber handed upstream (delegating to {@code actual}) and
     * the subscription handed downstream (delegating to upstream's). Thread-safe: signals may come on any thread.
     */
    private static final class Subscription {
        private final Reactor reactor;
        private final int unitId;
        private final Object actual;
        private final AtomicBoolean counted = new AtomicBoolean();
        final InvocationHandler subscriberSide = this::onSubscriberCall;

        Subscription(Reactor reactor, int unitId, Object actual) {
            this.reactor = reactor;
            this.unitId = unitId;
            this.actual = actual;
        }

        private Object onSubscriberCall(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "onSubscribe":
                    Object upstream = args[0];
                    Object wrapped =
                            Reactor.proxy(reactor.subscription, (p, m, a) -> onSubscriptionCall(upstream, p, m, a));
                    return inUnit(method, actual, new Object[] {wrapped});
                case "onComplete":
                    count(false);
                    return invoke(method, actual, args);
                case "onError":
                    count(true);
                    return invoke(method, actual, args);
                default:
                    return identityOr(proxy, method, args, actual);
            }
        }

        private Object onSubscriptionCall(Object upstream, Object proxy, Method method, Object[] args)
                throws Throwable {
            switch (method.getName()) {
                case "request":
                    return inUnit(method, upstream, args);
                case "cancel":
                    count(false);
                    return invoke(method, upstream, args);
                default:
                    return identityOr(proxy, method, args, upstream);
            }
        }

        private void count(boolean failed) {
            if (counted.compareAndSet(false, true)) {
                UnitCounters.completed(unitId, failed);
            }
        }

        /** Runs the call as a continuation of the unit, unless a unit is active on this thread already. */
        private Object inUnit(Method method, Object target, Object[] args) throws Throwable {
            if (UnitContext.activeUnit() >= 0) {
                return invoke(method, target, args);
            }
            UnitContext.resume(unitId);
            try {
                return invoke(method, target, args);
            } finally {
                UnitContext.suspend();
            }
        }
    }

    /** {@code equals}, {@code hashCode} and {@code toString} of the proxy itself; any other call delegated. */
    private static Object identityOr(Object proxy, Method method, Object[] args, Object target) throws Throwable {
        switch (method.getName()) {
            case "equals":
                if (method.getParameterCount() == 1) {
                    return proxy == args[0];
                }
                break;
            case "hashCode":
                if (method.getParameterCount() == 0) {
                    return System.identityHashCode(proxy);
                }
                break;
            case "toString":
                if (method.getParameterCount() == 0) {
                    return "sci4j unit of " + target;
                }
                break;
            default:
                break;
        }
        return invoke(method, target, args);
    }

    /** The interface method on the delegate, its exception unwrapped. */
    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
