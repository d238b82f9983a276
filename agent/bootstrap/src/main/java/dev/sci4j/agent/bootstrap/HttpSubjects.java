package dev.sci4j.agent.bootstrap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * What an HTTP unit needs from the server's objects: the request method and route when it starts, the response
 * status when it ends; for a servlet request also its dispatcher type (only a {@code REQUEST} dispatch is a unit),
 * its servlet mapping's pattern, Spring MVC's matched pattern when it ends, and whether it went async. The
 * bootstrap class loader cannot link against these types ({@code jdk.httpserver} is a platform module, the
 * servlet APIs belong to the application), so they are reached through method handles, looked up once per
 * concrete class on the public API type it implements:
 * {@code com.sun.net.httpserver.HttpExchange}, and {@code javax}/{@code jakarta} {@code HttpServletRequest} and
 * {@code HttpServletResponse}. A class without the method (a non-HTTP servlet request, Servlet 2.x without
 * {@code getStatus}, Servlet 3 without {@code getHttpServletMapping}) gives {@code null}, −1 or false.
 * Thread-safe; no allocation after a class's first use.
 */
final class HttpSubjects {
    private static final MethodType STRING_OF_OBJECT = MethodType.methodType(String.class, Object.class);
    private static final MethodType INT_OF_OBJECT = MethodType.methodType(int.class, Object.class);
    private static final MethodType BOOLEAN_OF_OBJECT = MethodType.methodType(boolean.class, Object.class);
    private static final MethodType ATTRIBUTE = MethodType.methodType(Object.class, Object.class, String.class);
    /** Where Spring MVC publishes the pattern of the handler it chose (a String or a {@code PathPattern}). */
    static final String SPRING_PATTERN = "org.springframework.web.servlet.HandlerMapping.bestMatchingPattern";

    private static final String EXCHANGE = "com.sun.net.httpserver.HttpExchange";
    private static final String[] REQUESTS = {
        "javax.servlet.http.HttpServletRequest", "jakarta.servlet.http.HttpServletRequest"
    };
    private static final String[] RESPONSES = {
        "javax.servlet.http.HttpServletResponse", "jakarta.servlet.http.HttpServletResponse"
    };

    private static final MethodHandle NON_NULL = nonNull();

    private static final ClassValue<Access> ACCESS = new ClassValue<>() {
        @Override
        protected Access computeValue(Class<?> type) {
            return Access.of(type);
        }
    };

    private HttpSubjects() {}

    private static MethodHandle nonNull() {
        try {
            return MethodHandles.publicLookup()
                    .findStatic(java.util.Objects.class, "nonNull", MethodType.methodType(boolean.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code http METHOD CONTEXT-PATH} for an {@code HttpExchange}. */
    static int exchangeUnit(Object exchange) throws Throwable {
        Access a = ACCESS.get(exchange.getClass());
        return HttpUnits.id(a.method(exchange), a.route(exchange));
    }

    /**
     * {@code http METHOD ROUTE} for a servlet's request: ROUTE is the pattern of the servlet mapping that
     * matched ({@code /orders/*}, {@code /checkout}; Servlet 4+), else the servlet's class.
     */
    static int servletUnit(Object servlet, Object request) throws Throwable {
        Access a = ACCESS.get(request.getClass());
        String pattern = a.mappingPattern(request);
        Object route = pattern == null || pattern.isEmpty() ? servlet.getClass() : pattern;
        return HttpUnits.id(a.method(request), route);
    }

    /**
     * The unit a servlet request is once its framework has matched a route (Spring MVC's {@value #SPRING_PATTERN}),
     * else {@code startedAs}. Read late (before CPU time is charged, a hand-over, the end) because the framework
     * chooses the handler inside {@code service}.
     */
    static int frameworkUnit(int startedAs, Object request) {
        try {
            Access a = ACCESS.get(request.getClass());
            Object pattern = a.attribute(request, SPRING_PATTERN);
            if (pattern == null) {
                return startedAs;
            }
            String route = pattern instanceof String ? (String) pattern : pattern.toString();
            return route.isEmpty() ? startedAs : HttpUnits.id(a.method(request), route);
        } catch (Throwable t) {
            return startedAs;
        }
    }

    /** {@code http METHOD ROUTE} for a servlet request whose framework matched {@code route} (JAX-RS templates). */
    static int routeUnit(Object request, String route) throws Throwable {
        return HttpUnits.id(ACCESS.get(request.getClass()).method(request), route);
    }

    /**
     * Whether the request is in its container's first dispatch ({@code DispatcherType.REQUEST}), not an error,
     * forward, include or async re-dispatch of a request already counted; true when the type cannot be read.
     */
    static boolean isRequestDispatch(Object request) throws Throwable {
        String type = ACCESS.get(request.getClass()).dispatcherType(request);
        return type == null || "REQUEST".equals(type);
    }

    /** Whether {@code startAsync} was called on the request: it then ends at its completion. */
    static boolean isAsyncStarted(Object request) throws Throwable {
        return ACCESS.get(request.getClass()).asyncStarted(request);
    }

    /**
     * Whether a response of this status is an unsuccessful request: any status outside 2xx (procurement profiles
     * define a web request's functional unit as a 2xx response, so a 4xx or a redirect never pads R). A final
     * status is never below 200: a lower value (−1 or 0) means it could not be read and is not held against the unit.
     */
    static boolean unsuccessful(int status) {
        return status >= 300;
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
        private final MethodHandle dispatcherType; // (Object) String: getDispatcherType().name()
        private final MethodHandle mappingPattern; // (Object) String: getHttpServletMapping().getPattern()
        private final MethodHandle attribute; // (Object, String) Object
        private final MethodHandle asyncStarted; // (Object) boolean

        private Access(MethodHandle method, MethodHandle route, MethodHandle status) {
            this(method, route, status, null, null, null, null);
        }

        private Access(
                MethodHandle method,
                MethodHandle route,
                MethodHandle status,
                MethodHandle dispatcherType,
                MethodHandle mappingPattern,
                MethodHandle attribute,
                MethodHandle asyncStarted) {
            this.method = method;
            this.route = route;
            this.status = status;
            this.dispatcherType = dispatcherType;
            this.mappingPattern = mappingPattern;
            this.attribute = attribute;
            this.asyncStarted = asyncStarted;
        }

        static Access of(Class<?> type) {
            Class<?> exchange = supertype(type, EXCHANGE);
            if (exchange != null) {
                return new Access(
                        handle(exchange, "getRequestMethod", STRING_OF_OBJECT),
                        contextPath(exchange),
                        handle(exchange, "getResponseCode", INT_OF_OBJECT));
            }
            Class<?> request = supertype(type, REQUESTS);
            return new Access(
                    handle(request, "getMethod", STRING_OF_OBJECT),
                    null,
                    handle(supertype(type, RESPONSES), "getStatus", INT_OF_OBJECT),
                    chain(request, "getDispatcherType", "name"),
                    chain(request, "getHttpServletMapping", "getPattern"),
                    handle(request, "getAttribute", ATTRIBUTE),
                    handle(request, "isAsyncStarted", BOOLEAN_OF_OBJECT));
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

        String dispatcherType(Object request) throws Throwable {
            return dispatcherType == null ? null : (String) dispatcherType.invokeExact(request);
        }

        /** Null also when the request has no mapping (a proxy or wrapper may answer null). */
        String mappingPattern(Object request) throws Throwable {
            return mappingPattern == null ? null : (String) mappingPattern.invokeExact(request);
        }

        Object attribute(Object request, String name) throws Throwable {
            return attribute == null ? null : (Object) attribute.invokeExact(request, name);
        }

        boolean asyncStarted(Object request) throws Throwable {
            return asyncStarted != null && (boolean) asyncStarted.invokeExact(request);
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

        /**
         * {@code subject.first().second()} returning a String, or null when either is absent (Servlet 3 has no
         * {@code getHttpServletMapping}); a null from {@code first} gives null, not an exception.
         */
        private static MethodHandle chain(Class<?> owner, String first, String second) {
            if (owner == null) {
                return null;
            }
            try {
                Class<?> middle = owner.getMethod(first).getReturnType();
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                MethodHandle get = lookup.findVirtual(owner, first, MethodType.methodType(middle));
                MethodHandle then = lookup.findVirtual(middle, second, MethodType.methodType(String.class));
                MethodHandle nullSafe = MethodHandles.guardWithTest(
                        NON_NULL.asType(MethodType.methodType(boolean.class, middle)),
                        then,
                        MethodHandles.dropArguments(MethodHandles.constant(String.class, null), 0, middle));
                return MethodHandles.filterReturnValue(get, nullSafe).asType(STRING_OF_OBJECT);
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
