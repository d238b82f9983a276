package dev.sci4j.agent.bootstrap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * What an HTTP unit needs from the server's objects: the request method and route when it starts, the response
 * status when it ends. The bootstrap class loader cannot link against these types ({@code jdk.httpserver} is a
 * platform module, the servlet APIs belong to the application), so they are reached through method handles,
 * looked up once per concrete class on the public API type it implements:
 * {@code com.sun.net.httpserver.HttpExchange}, and {@code javax}/{@code jakarta} {@code HttpServletRequest} and
 * {@code HttpServletResponse}. A class without the method (a non-HTTP servlet request, Servlet 2.x without
 * {@code getStatus}) gives {@code null} or −1. Thread-safe; no allocation after a class's first use.
 */
final class HttpSubjects {
    private static final MethodType STRING_OF_OBJECT = MethodType.methodType(String.class, Object.class);
    private static final MethodType INT_OF_OBJECT = MethodType.methodType(int.class, Object.class);
    private static final String EXCHANGE = "com.sun.net.httpserver.HttpExchange";
    private static final String[] REQUESTS = {
        "javax.servlet.http.HttpServletRequest", "jakarta.servlet.http.HttpServletRequest"
    };
    private static final String[] RESPONSES = {
        "javax.servlet.http.HttpServletResponse", "jakarta.servlet.http.HttpServletResponse"
    };

    private static final ClassValue<Access> ACCESS = new ClassValue<>() {
        @Override
        protected Access computeValue(Class<?> type) {
            return Access.of(type);
        }
    };

    private HttpSubjects() {}

    /** {@code http METHOD CONTEXT-PATH} for an {@code HttpExchange}. */
    static int exchangeUnit(Object exchange) throws Throwable {
        Access a = ACCESS.get(exchange.getClass());
        return HttpUnits.id(a.method(exchange), a.route(exchange));
    }

    /** {@code http METHOD SERVLET-CLASS} for a servlet's request. */
    static int servletUnit(Object servlet, Object request) throws Throwable {
        return HttpUnits.id(ACCESS.get(request.getClass()).method(request), servlet.getClass());
    }

    /** The response status of an exchange or servlet response, or −1 when it cannot be read. */
    static int status(Object subject) {
        try {
            return ACCESS.get(subject.getClass()).status(subject);
        } catch (Throwable t) {
            return -1;
        }
    }

    /** The handles for one concrete class; any may be null. Immutable. */
    private static final class Access {
        private final MethodHandle method; // (Object) String
        private final MethodHandle route; // (Object) String
        private final MethodHandle status; // (Object) int

        private Access(MethodHandle method, MethodHandle route, MethodHandle status) {
            this.method = method;
            this.route = route;
            this.status = status;
        }

        static Access of(Class<?> type) {
            Class<?> exchange = supertype(type, EXCHANGE);
            if (exchange != null) {
                return new Access(
                        handle(exchange, "getRequestMethod", STRING_OF_OBJECT),
                        contextPath(exchange),
                        handle(exchange, "getResponseCode", INT_OF_OBJECT));
            }
            return new Access(
                    handle(supertype(type, REQUESTS), "getMethod", STRING_OF_OBJECT),
                    null,
                    handle(supertype(type, RESPONSES), "getStatus", INT_OF_OBJECT));
        }

        String method(Object subject) throws Throwable {
            return method == null ? null : (String) method.invokeExact(subject);
        }

        Object route(Object subject) throws Throwable {
            return route == null ? null : (String) route.invokeExact(subject);
        }

        int status(Object subject) throws Throwable {
            return status == null ? -1 : (int) status.invokeExact(subject);
        }

        /** {@code exchange.getHttpContext().getPath()}. */
        private static MethodHandle contextPath(Class<?> exchange) {
            try {
                Class<?> context = exchange.getMethod("getHttpContext").getReturnType();
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                MethodHandle get = lookup.findVirtual(exchange, "getHttpContext", MethodType.methodType(context));
                MethodHandle path = lookup.findVirtual(context, "getPath", MethodType.methodType(String.class));
                return MethodHandles.filterReturnValue(get, path).asType(STRING_OF_OBJECT);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }

        /** A public method of a public API type, adapted to take the subject as an Object; null if absent. */
        private static MethodHandle handle(Class<?> owner, String name, MethodType generic) {
            if (owner == null) {
                return null;
            }
            try {
                return MethodHandles.publicLookup()
                        .findVirtual(owner, name, generic.dropParameterTypes(0, 1))
                        .asType(generic);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }

        /** The class or interface named one of {@code names} that {@code type} extends or implements, or null. */
        private static Class<?> supertype(Class<?> type, String... names) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (String name : names) {
                    if (c.getName().equals(name)) {
                        return c;
                    }
                }
                for (Class<?> i : c.getInterfaces()) {
                    Class<?> found = supertype(i, names);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }
    }
}
