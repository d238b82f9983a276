package dev.sci4j.agent.bootstrap;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * An asynchronous servlet request ({@code startAsync}) is one unit that ends when the request completes, not when
 * {@code service} returns: an {@code AsyncListener} (javax or jakarta, whichever the request implements) counts it
 * once at {@code onComplete}, failed if its final status is not 2xx or an error was reported. The CPU time
 * spent in {@code service} is the unit's already; work handed to {@code java.util.concurrent} executors follows
 * the unit as everywhere. Reflection and one proxy per async request, none for synchronous ones. Thread-safe:
 * the listener may be called on any thread.
 */
final class ServletAsync implements InvocationHandler {
    private final int unitId;
    private final Object response;
    private volatile boolean failed;
    private volatile boolean counted;

    private ServletAsync(int unitId, Object response) {
        this.unitId = unitId;
        this.response = response;
    }

    /**
     * When the request was put in asynchronous mode: listens for its completion, which will count the unit, and
     * answers true; false when it completes now (synchronous, or the listener cannot be added).
     */
    static boolean endsAtCompletion(int unitId, Object request, Object response) {
        try {
            if (!HttpSubjects.isAsyncStarted(request)) {
                return false;
            }
            Method getAsyncContext = publicMethod(request.getClass(), "getAsyncContext");
            Object context = getAsyncContext.invoke(request);
            Method addListener = addListener(getAsyncContext.getReturnType());
            Class<?> listenerType = addListener.getParameterTypes()[0];
            Object listener = Proxy.newProxyInstance(
                    listenerType.getClassLoader(), new Class<?>[] {listenerType}, new ServletAsync(unitId, response));
            addListener.invoke(context, listener);
            return true;
        } catch (Throwable t) {
            return false; // counted when service returns, as a synchronous request
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        switch (method.getName()) {
            case "onComplete":
                complete();
                return null;
            case "onError":
                failed = true;
                return null;
            case "onStartAsync": // a new startAsync inside: AsyncListeners are removed then, so listen again
                relisten(args);
                return null;
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            case "toString":
                return "sci4j async unit listener";
            default:
                return null; // onTimeout: the container completes the request, with its status, afterwards
        }
    }

    private void complete() {
        if (counted) {
            return;
        }
        counted = true;
        try {
            UnitCounters.completed(unitId, failed || HttpSubjects.unsuccessful(HttpSubjects.status(response)));
        } catch (Throwable t) {
            // never into the application
        }
    }

    /** {@code event.getAsyncContext().addListener(thisListener)}. */
    private void relisten(Object[] args) {
        try {
            Object event = args[0]; // an AsyncEvent: a public class
            Method getAsyncContext = event.getClass().getMethod("getAsyncContext");
            Object context = getAsyncContext.invoke(event);
            Method addListener = addListener(getAsyncContext.getReturnType());
            Class<?> listenerType = addListener.getParameterTypes()[0];
            addListener.invoke(
                    context,
                    Proxy.newProxyInstance(listenerType.getClassLoader(), new Class<?>[] {listenerType}, this));
        } catch (Throwable t) {
            // the unit is then not counted: better than twice
        }
    }

    /** {@code addListener(AsyncListener)} of the {@code AsyncContext} interface the type is or implements. */
    private static Method addListener(Class<?> asyncContext) throws NoSuchMethodException {
        if (asyncContext.isInterface()) {
            for (Method m : asyncContext.getMethods()) {
                if (m.getName().equals("addListener") && m.getParameterCount() == 1) {
                    return m;
                }
            }
            throw new NoSuchMethodException("addListener");
        }
        return addListener(publicMethod(asyncContext, "complete").getDeclaringClass());
    }

    /** The method as declared by a public interface of the class (its own class may not be public). */
    private static Method publicMethod(Class<?> type, String name) throws NoSuchMethodException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                try {
                    return i.getMethod(name);
                } catch (NoSuchMethodException e) {
                    // the next interface
                }
            }
        }
        throw new NoSuchMethodException(name);
    }
}
