package dev.sci4j.agent.bootstrap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * The route of a JAX-RS request served by Jersey (2.x {@code javax} or 3.x {@code jakarta}, through its servlet
 * container): the {@code @Path} templates of the matched resource and method, outermost first
 * ({@code /owners/{id}}), relative to the application's path as Spring MVC's pattern is to its servlet's.
 * Jersey calls {@code UriRoutingContext.setMatchedResourceMethod} once it has chosen the resource method, with the
 * templates pushed; the rewriter calls {@link Hooks#jaxRsRoute} there, and the servlet unit open on the thread
 * takes that route. Read through method handles looked up once per class ({@code getMatchedTemplates()},
 * {@code UriTemplate.getTemplate()}); one string is built per request. Thread-safe.
 */
final class JaxRsRoutes {
    private static final MethodType LIST_OF_OBJECT = MethodType.methodType(List.class, Object.class);
    private static final MethodType STRING_OF_OBJECT = MethodType.methodType(String.class, Object.class);

    private static final ClassValue<MethodHandle> TEMPLATES = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            return handle(type, "getMatchedTemplates", LIST_OF_OBJECT);
        }
    };
    private static final ClassValue<MethodHandle> TEXT = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            return handle(type, "getTemplate", STRING_OF_OBJECT);
        }
    };

    private JaxRsRoutes() {}

    /** The matched templates joined, outermost first; null when they cannot be read or there are none. */
    static String route(Object routingContext) throws Throwable {
        MethodHandle templates = TEMPLATES.get(routingContext.getClass());
        if (templates == null) {
            return null;
        }
        List<?> matched = (List<?>) templates.invokeExact(routingContext);
        if (matched == null || matched.isEmpty()) {
            return null;
        }
        StringBuilder route = new StringBuilder();
        for (int i = matched.size() - 1; i >= 0; i--) { // Jersey lists the innermost template first
            Object template = matched.get(i);
            MethodHandle text = template == null ? null : TEXT.get(template.getClass());
            if (text == null) {
                return null;
            }
            append(route, (String) text.invokeExact(template));
        }
        return route.length() == 0 ? "/" : route.toString();
    }

    /** Appends one template, with exactly one slash before it and none at the end. */
    static void append(StringBuilder route, String template) {
        int from = 0;
        int to = template.length();
        while (from < to && template.charAt(from) == '/') {
            from++;
        }
        while (to > from && template.charAt(to - 1) == '/') {
            to--;
        }
        if (from < to) {
            route.append('/').append(template, from, to);
        }
    }

    /** A public no-argument method of the class, as declared by it or a public supertype; null if absent. */
    private static MethodHandle handle(Class<?> type, String name, MethodType generic) {
        try {
            Class<?> owner = type.getMethod(name).getDeclaringClass();
            return MethodHandles.publicLookup()
                    .findVirtual(owner, name, generic.dropParameterTypes(0, 1))
                    .asType(generic);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
