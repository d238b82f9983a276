package dev.sci4j.agent.bootstrap;

/**
 * Unit ids for HTTP entry points, named {@code http METHOD ROUTE}: ROUTE is the server's route (the
 * {@code HttpServer} context path) or the handler (the servlet's class name) — never the request URL, which can
 * carry ids. Cardinality is bounded: methods outside the standard set become {@code OTHER}, and after
 * {@value #MAX_TAGS} distinct tags every new one goes to {@value #OVERFLOW_NAME}. Lock-free lookups without
 * allocation; a name is built only the first time a tag is seen. Thread-safe.
 */
public final class HttpUnits {
    public static final int MAX_TAGS = 64;
    public static final String OVERFLOW_NAME = "http other";
    private static final String[] METHODS = {
        "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "CONNECT"
    };
    private static final KeyTable BY_TAG = new KeyTable(256);
    private static int tags; // guarded by HttpUnits.class
    private static volatile int overflowId = -1;

    private HttpUnits() {}

    /**
     * @param method the request method as received
     * @param route  a stable object naming the route: the context path string or the handler's class
     */
    public static int id(String method, Object route) {
        String m = standard(method);
        int id = BY_TAG.get(route, m);
        return id >= 0 ? id : register(m, route);
    }

    private static String standard(String method) {
        for (String m : METHODS) {
            if (m.equals(method)) {
                return m;
            }
        }
        return "OTHER";
    }

    private static synchronized int register(String method, Object route) {
        int id = BY_TAG.get(route, method);
        if (id >= 0) {
            return id;
        }
        if (tags >= MAX_TAGS) {
            if (overflowId < 0) {
                overflowId = UnitCounters.id(OVERFLOW_NAME);
            }
            return overflowId;
        }
        tags++;
        String routeName = route instanceof Class ? ((Class<?>) route).getName() : String.valueOf(route);
        id = UnitCounters.id("http " + method + " " + routeName);
        BY_TAG.put(route, method, id);
        return id;
    }
}
