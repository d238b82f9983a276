package dev.sci4j.agent.it;

import com.sun.net.httpserver.HttpServer;
import dev.sci4j.api.FunctionalUnit;
import dev.sci4j.api.FunctionalUnits;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Exercises every way of declaring a unit, for {@code UnitsIT}: configured methods ({@code units=} names
 * {@link Service#configured}), {@code @FunctionalUnit}, the API, an {@code HttpServer} handler, javax and
 * jakarta servlets called directly with proxy request/response objects, and work handed to an executor and to
 * {@code CompletableFuture}. Prints {@code agentActive <bool>} and {@code done}.
 */
public final class UnitsApp {
    /** Requests to {@code /checkout}, each of which calls the annotated {@code tax-calc} unit once. */
    static final int CHECKOUTS = 4;

    private UnitsApp() {}

    /** The configured unit ({@code configured:dev.sci4j.agent.it.UnitsApp$Service#configured}). */
    public static final class Service {
        public static int configured(int i) {
            burn(5);
            if (i == 0) {
                throw new IllegalStateException("the first one fails");
            }
            return annotated(i); // nested: counted once, as 'configured'
        }

        @FunctionalUnit("annotated")
        public static int annotated(int i) {
            burn(5);
            return i;
        }

        @FunctionalUnit(value = "inner", nested = true)
        public static void inner() {
            burn(5);
        }

        @FunctionalUnit("outer")
        public static void outer() {
            inner();
        }

        /** Called inside an HTTP handler: counted as nested in the request's unit, without {@code nested}. */
        @FunctionalUnit("tax-calc")
        public static void taxCalc() {
            burn(5);
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println("agentActive " + FunctionalUnits.agentActive());
        configured();
        for (int i = 0; i < 3; i++) {
            Service.annotated(i);
        }
        Service.outer();
        api();
        http();
        servlets();
        async();
        unparsable();
        Thread.sleep(700); // let a sample close the last window before exit (the final flush takes one too)
        System.out.println("done");
    }

    /**
     * A class file the agent's prefilter lets through (it names {@code @FunctionalUnit}) but ASM cannot parse: the
     * agent says so, from its sampler thread; the JVM then rejects the class as it would without the agent.
     */
    private static void unparsable() {
        byte[] garbage = "\u00ca\u00fe\u00ba\u00be garbage Ldev/sci4j/api/FunctionalUnit; garbage"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        try {
            new ClassLoader(UnitsApp.class.getClassLoader()) {
                Class<?> define() {
                    return defineClass("dev.sci4j.agent.it.Unparsable", garbage, 0, garbage.length);
                }
            }.define();
        } catch (ClassFormatError expected) {
            // the JVM's own verdict
        }
    }

    private static void configured() {
        for (int i = 0; i < 5; i++) {
            try {
                Service.configured(i);
            } catch (IllegalStateException expected) {
                // counted as failed
            }
        }
    }

    private static void api() {
        FunctionalUnits.record("tokens", 100);
        FunctionalUnits.record("tokens", 28);
        try (FunctionalUnits.Scope s = FunctionalUnits.scope("import")) {
            burn(5);
        }
        try (FunctionalUnits.Scope s = FunctionalUnits.scope("import")) {
            s.fail();
        }
    }

    private static void http() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.createContext("/items", exchange -> {
            burn(5);
            int status = exchange.getRequestURI().getPath().endsWith("/broken") ? 503 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.createContext("/checkout", exchange -> {
            burn(5);
            Service.taxCalc();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            for (int i = 0; i < CHECKOUTS; i++) {
                get(new URL("http://127.0.0.1:" + server.getAddress().getPort() + "/checkout"));
            }
            for (String id : new String[] {"123", "456", "broken"}) {
                get(new URL("http://127.0.0.1:" + server.getAddress().getPort() + "/items/" + id));
            }
        } finally {
            server.stop(0);
        }
    }

    private static void get(URL url) throws java.io.IOException {
        HttpURLConnection c = (HttpURLConnection) url.openConnection();
        int status = c.getResponseCode();
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        if (in != null) {
            in.close();
        }
    }

    private static void servlets() throws Exception {
        JavaxServlet javax = new JavaxServlet();
        javax.service(
                proxy(javax.servlet.http.HttpServletRequest.class, "POST", 0),
                proxy(javax.servlet.http.HttpServletResponse.class, null, 200));
        javax.service(
                proxy(javax.servlet.http.HttpServletRequest.class, "POST", 0),
                proxy(javax.servlet.http.HttpServletResponse.class, null, 500));
        JakartaServlet jakarta = new JakartaServlet();
        jakarta.service(
                proxy(jakarta.servlet.http.HttpServletRequest.class, "GET", 0),
                proxy(jakarta.servlet.http.HttpServletResponse.class, null, 200));
    }

    /** A request or response whose getMethod / getStatus answer as given and everything else returns defaults. */
    static <T> T proxy(Class<T> type, String method, int status) {
        return type.cast(Proxy.newProxyInstance(UnitsApp.class.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            switch (m.getName()) {
                case "getMethod":
                    return method;
                case "getStatus":
                    return status;
                case "getProtocol":
                    return "HTTP/1.1";
                default:
                    return defaultValue(m.getReturnType());
            }
        }));
    }

    /** A primitive's zero, boxed as its own type (a nested ternary would unbox null and widen 0 to long). */
    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return Boolean.FALSE;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }

    private static void async() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (FunctionalUnits.Scope s = FunctionalUnits.scope("async")) {
            pool.submit(() -> burn(150)).get();
            CompletableFuture.runAsync(() -> burn(150)).join();
        } finally {
            pool.shutdown();
        }
    }

    /** Burns about {@code millis} of this thread's CPU time. */
    static void burn(long millis) {
        java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = t.getCurrentThreadCpuTime() + millis * 1_000_000L;
        double x = 0;
        while (t.getCurrentThreadCpuTime() < end) {
            for (int i = 1; i < 10_000; i++) {
                x += Math.sqrt(i);
            }
        }
        if (x < 0) {
            System.out.println(x);
        }
    }

    /** A javax HttpServlet: {@code service(ServletRequest, ServletResponse)} dispatches to doPost. */
    public static final class JavaxServlet extends javax.servlet.http.HttpServlet {
        @Override
        protected void doPost(javax.servlet.http.HttpServletRequest req, javax.servlet.http.HttpServletResponse resp) {
            burn(5);
        }
    }

    /** A jakarta HttpServlet. */
    public static final class JakartaServlet extends jakarta.servlet.http.HttpServlet {
        @Override
        protected void doGet(
                jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp) {
            burn(5);
        }
    }
}
