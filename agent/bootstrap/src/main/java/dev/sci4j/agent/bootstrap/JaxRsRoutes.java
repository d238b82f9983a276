package dev.sci4j.agent.bootstrap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.List;

/**
 * The route of a JAX-RS request served by Jersey (2.x {@code javax} or 3.x {@code jakarta}) or RESTEasy (4.x and
 * later), through their servlet containers: the {@code @Path} templates of the matched resource and method,
 * outermost first ({@code /owners/{id}}), relative to the application's path as Spring MVC's pattern is to its
 * servlet's.
 * <ul>
 *   <li>Jersey calls {@code UriRoutingContext.setMatchedResourceMethod} once it has chosen the resource method,
 *       with the templates pushed: read through {@code getMatchedTemplates()} and {@code UriTemplate.getTemplate()}.
 *   <li>RESTEasy invokes the chosen method through its {@code ResourceMethodInvoker}, whose {@code method} field
 *       (a {@code ResourceMethod}) knows its full template: {@code getFullpath()}. The field is protected and has
 *       no getter, so it is read through an accessible field handle.
 * </ul>
 * The rewriter calls {@link Hooks#jaxRsRoute} there, and the servlet unit open on the thread takes that route.
 * Handles are looked up once per class; one string is built per request. Thread-safe.
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
    private static final ClassValue<MethodHandle> RESTEASY_METHOD = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            return field(type, "method");
        }
    };
    private static final ClassValue<MethodHandle> FULL_PATH = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            return handle(type, "getFullpath", STRING_OF_OBJECT);
        }
    };
    private static final ClassValue<MethodHandle> TEXT = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            return handle(type, "getTemplate", STRING_OF_OBJECT);
        }
    };

    private JaxRsRoutes() {}

    /**
     * The matched templates joined, outermost first; null when they cannot be read or there are none.
     *
     * @param routingContext Jersey's {@code UriRoutingContext} or RESTEasy's {@code ResourceMethodInvoker}
     */
    static String route(Object routingContext) throws Throwable {
        MethodHandle templates = TEMPLATES.get(routingContext.getClass());
        if (templates == null) {
            return restEasyRoute(routingContext);
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
        return text(route);
    }

    private static String restEasyRoute(Object invoker) throws Throwable {
        MethodHandle method = RESTEASY_METHOD.get(invoker.getClass());
        Object resourceMethod = method == null ? null : (Object) method.invokeExact(invoker);
        MethodHandle fullPath = resourceMethod == null ? null : FULL_PATH.get(resourceMethod.getClass());
        String template = fullPath == null ? null : (String) fullPath.invokeExact(resourceMethod);
        if (template == null) {
            return null;
        }
        if (template.length() > 1
                && template.charAt(0) == '/'
                && template.charAt(1) != '/'
                && template.charAt(template.length() - 1) != '/') {
            return template; // already one slash before and none after (RESTEasy's usual form): no copy per request
        }
        StringBuilder route = new StringBuilder();
        append(route, template);
        return text(route);
    }

    /** The joined route; {@code /} for a resource at the application's root. */
    private static String text(StringBuilder route) {
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

    /** A getter for the instance field {@code name} declared by the class or a superclass; null if absent. */
    private static MethodHandle field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true); // the application's own class path: an unnamed module, open to the agent
                return MethodHandles.lookup()
                        .unreflectGetter(f)
                        .asType(MethodType.methodType(Object.class, Object.class));
            } catch (NoSuchFieldException e) {
                // try the superclass
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null; // e.g. a named module that does not open the package
            }
        }
        return null;
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
