package dev.sci4j.agent.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.sci4j.agent.bootstrap.UnitCounters;
import dev.sci4j.agent.config.ConfigException;
import dev.sci4j.agent.units.EntryPointRewriter.Hook;
import dev.sci4j.api.FunctionalUnit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Class files rewritten as the agent rewrites them, then defined in a fresh class loader (so the JVM's verifier
 * checks them) and run. Counters are JVM-wide: every unit name here is used by this test only.
 */
class EntryPointRewriterTest {
    private static final UnitDeclarations HTTP_ONLY = declarations(null);

    @Test
    void annotatedMethodsCountReturnsAsSuccessAndEscapingExceptionsAsFailures() throws Exception {
        Object annotated = newInstance(rewritten(HTTP_ONLY, Annotated.class));

        assertThat(call(annotated, "twice", 21)).isEqualTo(42);
        assertThat(call(annotated, "wide", 3L)).isEqualTo(3.0);
        assertThatThrownBy(() -> call(annotated, "fails", 0))
                .isInstanceOf(InvocationTargetException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class);

        int id = UnitCounters.id("rewriter-annotated");
        assertThat(UnitCounters.ok(id)).isEqualTo(2);
        assertThat(UnitCounters.failed(id)).isEqualTo(1);
    }

    @Test
    void theMethodsOwnHandlersKeepPrecedenceOverTheUnitsCatchAll() throws Exception {
        Object annotated = newInstance(rewritten(HTTP_ONLY, Annotated.class));

        assertThat(call(annotated, "recovers", 1)).isEqualTo(-1);

        assertThat(UnitCounters.ok(UnitCounters.id("rewriter-recovers"))).isEqualTo(1);
        assertThat(UnitCounters.failed(UnitCounters.id("rewriter-recovers"))).isZero();
    }

    @Test
    void staticAndSynchronizedMethodsAndNestedDeclarationsAreUnitsToo() throws Exception {
        Class<?> type = rewritten(HTTP_ONLY, Annotated.class);

        type.getMethod("outer").invoke(null);

        assertThat(UnitCounters.ok(UnitCounters.id("rewriter-static"))).isEqualTo(1);
        assertThat(UnitCounters.nested(UnitCounters.id("rewriter-nested"))).isTrue();
        int path = UnitCounters.nestedId(UnitCounters.id("rewriter-static"), UnitCounters.id("rewriter-nested"));
        assertThat(UnitCounters.ok(path)).isEqualTo(1); // counted inside another, as nested in it
    }

    @Test
    void configuredMethodsMatchByClassMethodAndParameterTypes() throws Exception {
        String owner = Configured.class.getName();
        UnitDeclarations units = declarations("rewriter-place:" + owner + "#place(java.lang.String,int),"
                + "rewriter-line:" + owner + "#line(" + EntryPointRewriterTest.class.getName() + ".Line)");
        Object configured = newInstance(rewritten(units, Configured.class));

        call(configured, "place", "a", 1);
        call(configured, "place", "a");
        call(configured, "line", new Line());

        assertThat(UnitCounters.ok(UnitCounters.id("rewriter-place"))).isEqualTo(1); // not the other overload
        assertThat(UnitCounters.ok(UnitCounters.id("rewriter-line"))).isEqualTo(1); // nested type, source spelling
    }

    @Test
    void httpHandlersAreUnitsTaggedByContextPathAndFailOnAStatusOtherThan2xx() throws Exception {
        HttpHandler handler = (HttpHandler) newInstance(rewritten(HTTP_ONLY, Handler.class));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/rewriter-items", handler);
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/rewriter-items/";
            assertThat(status(base + "1")).isEqualTo(200);
            assertThat(status(base + "2?fail")).isEqualTo(503);
            assertThat(status(base + "3?400")).isEqualTo(400); // a client error pads no profile's R
        } finally {
            server.stop(0);
        }

        int id = UnitCounters.id("http GET /rewriter-items");
        assertThat(UnitCounters.ok(id)).isEqualTo(1);
        assertThat(UnitCounters.failed(id)).isEqualTo(2);
    }

    @Test
    void servletsOfBothFlavoursAreUnitsTaggedByServletClass() throws Exception {
        javax.servlet.Servlet javax = (javax.servlet.Servlet) newInstance(rewritten(HTTP_ONLY, JavaxServlet.class));
        jakarta.servlet.Servlet jakarta =
                (jakarta.servlet.Servlet) newInstance(rewritten(HTTP_ONLY, JakartaServlet.class));

        javax.service(
                fake(javax.servlet.http.HttpServletRequest.class, "POST"),
                fake(javax.servlet.http.HttpServletResponse.class, 500));
        javax.service(
                fake(javax.servlet.http.HttpServletRequest.class, "POST"),
                fake(javax.servlet.http.HttpServletResponse.class, 201));
        jakarta.service(
                fake(jakarta.servlet.http.HttpServletRequest.class, "GET"),
                fake(jakarta.servlet.http.HttpServletResponse.class, 200));

        int javaxId = UnitCounters.id("http POST " + JavaxServlet.class.getName());
        assertThat(UnitCounters.ok(javaxId)).isEqualTo(1);
        assertThat(UnitCounters.failed(javaxId)).isEqualTo(1);
        assertThat(UnitCounters.ok(UnitCounters.id("http GET " + JakartaServlet.class.getName())))
                .isEqualTo(1);
    }

    @Test
    void httpEntryPointsAreLeftAloneWhenHttpUnitsAreOff() throws Exception {
        assertThat(rewriter(UnitDeclarations.parse(null, null, false)).rewrite(classFile(Handler.class)))
                .isNull();
    }

    @Test
    void theApisNoOpBodiesGetTheirMeaning() throws Exception {
        Map<String, byte[]> api = new HashMap<>();
        for (Class<?> c :
                new Class<?>[] {dev.sci4j.api.FunctionalUnits.class, dev.sci4j.api.FunctionalUnits.Scope.class}) {
            api.put(c.getName(), rewriter(HTTP_ONLY).rewrite(classFile(c)));
        }
        Class<?> units = new Rewritten(api).loadClass(dev.sci4j.api.FunctionalUnits.class.getName());

        assertThat(units.getMethod("agentActive").invoke(null)).isEqualTo(true);
        units.getMethod("record", String.class, long.class).invoke(null, "rewriter-tokens", 128L);
        AutoCloseable ok =
                (AutoCloseable) units.getMethod("scope", String.class).invoke(null, "rewriter-scope");
        ok.close();
        Object failing = units.getMethod("scope", String.class).invoke(null, "rewriter-scope");
        failing.getClass().getMethod("fail").invoke(failing);
        ((AutoCloseable) failing).close();

        assertThat(UnitCounters.ok(UnitCounters.id("rewriter-tokens"))).isEqualTo(128);
        assertThat(UnitCounters.ok(UnitCounters.id("rewriter-scope"))).isEqualTo(1);
        assertThat(UnitCounters.failed(UnitCounters.id("rewriter-scope"))).isEqualTo(1);
    }

    @Test
    void executorsHandOverTasksThroughTheWrapHook() throws Exception {
        EntryPointRewriter rewriter = rewriter(HTTP_ONLY);

        assertThat(rewriter.plans(jdkClassFile("java/util/concurrent/ThreadPoolExecutor")))
                .containsOnlyKeys("execute(Ljava/lang/Runnable;)V")
                .allSatisfy((method, plan) -> assertThat(plan.hook).isEqualTo(Hook.WRAP_TASK));
        assertThat(rewriter.plans(jdkClassFile("java/util/concurrent/ForkJoinPool"))
                        .keySet())
                .contains(
                        "execute(Ljava/lang/Runnable;)V",
                        "submit(Ljava/lang/Runnable;)Ljava/util/concurrent/ForkJoinTask;")
                .noneMatch(m -> m.startsWith("invoke"));
    }

    @Test
    void classesWithoutEntryPointsAndInterfacesAreNotRewritten() throws Exception {
        EntryPointRewriter rewriter = rewriter(HTTP_ONLY);

        assertThat(rewriter.rewrite(classFile(Line.class))).isNull();
        assertThat(rewriter.rewrite(classFile(HttpHandler.class))).isNull();
        assertThat(rewriter.plans(classFile(Annotated.class))).doesNotContainKey("<init>()V");
    }

    // ---- subjects: public, self-contained (they run in another class loader, another runtime package) ----

    public static class Annotated {
        @FunctionalUnit("rewriter-annotated")
        public int twice(int x) {
            return 2 * x;
        }

        @FunctionalUnit("rewriter-annotated")
        public double wide(long x) {
            return x;
        }

        @FunctionalUnit("rewriter-annotated")
        public int fails(int x) {
            throw new IllegalStateException("boom " + x);
        }

        @FunctionalUnit("rewriter-recovers")
        public synchronized int recovers(int x) {
            try {
                if (x > 0) {
                    throw new IllegalArgumentException();
                }
                return x;
            } catch (IllegalArgumentException e) {
                return -1;
            }
        }

        @FunctionalUnit("rewriter-static")
        public static void outer() {
            inner();
        }

        @FunctionalUnit(value = "rewriter-nested", nested = true)
        static void inner() {}
    }

    public static class Configured {
        public void place(String item, int count) {}

        public void place(String item) {}

        public void line(Line line) {}
    }

    public static class Line {}

    public static class Handler implements HttpHandler {
        @Override
        public void handle(HttpExchange exchange) throws IOException {
            String query = exchange.getRequestURI().getQuery();
            int status = query == null ? 200 : query.equals("400") ? 400 : 503;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        }
    }

    public static class JavaxServlet extends javax.servlet.GenericServlet {
        @Override
        public void service(javax.servlet.ServletRequest request, javax.servlet.ServletResponse response) {}
    }

    public static class JakartaServlet extends jakarta.servlet.GenericServlet {
        @Override
        public void service(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {}
    }

    // ---- helpers ----

    private static UnitDeclarations declarations(String units) {
        try {
            return UnitDeclarations.parse(units, null, true);
        } catch (ConfigException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static EntryPointRewriter rewriter(UnitDeclarations units) {
        return new EntryPointRewriter(new EntryPoints(units), TransformMessages.bounded());
    }

    static Class<?> rewritten(UnitDeclarations units, Class<?> type) throws ClassNotFoundException {
        byte[] rewritten = rewriter(units).rewrite(classFile(type));
        assertThat(rewritten).as("rewritten " + type.getName()).isNotNull();
        return new Rewritten(Map.of(type.getName(), rewritten)).loadClass(type.getName());
    }

    static byte[] classFile(Class<?> type) {
        return resource(
                type.getClassLoader() == null ? ClassLoader.getSystemClassLoader() : type.getClassLoader(),
                type.getName().replace('.', '/') + ".class");
    }

    private static byte[] jdkClassFile(String internalName) {
        return resource(ClassLoader.getSystemClassLoader(), internalName + ".class");
    }

    private static byte[] resource(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object newInstance(Class<?> type) throws ReflectiveOperationException {
        return type.getConstructor().newInstance();
    }

    private static Object call(Object target, String name, Object... args) throws Exception {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                try {
                    return m.invoke(target, args);
                } catch (IllegalArgumentException wrongOverload) {
                    // try the next one
                }
            }
        }
        throw new NoSuchMethodException(name);
    }

    private static int status(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
        try {
            return c.getResponseCode();
        } finally {
            c.disconnect();
        }
    }

    /** A request answering getMethod() or a response answering getStatus() with {@code value}. */
    private static <T> T fake(Class<T> type, Object value) {
        return type.cast(Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, args) ->
                        method.getName().equals("getMethod") || method.getName().equals("getStatus") ? value : null));
    }

    /** Defines the given class files itself (child first); everything else comes from the test's loader. */
    private static final class Rewritten extends ClassLoader {
        private final Map<String, byte[]> classes;

        Rewritten(Map<String, byte[]> classes) {
            super(EntryPointRewriterTest.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                byte[] b = classes.get(name);
                if (b == null) {
                    return super.loadClass(name, resolve);
                }
                Class<?> c = findLoadedClass(name);
                return c != null ? c : defineClass(name, b, 0, b.length);
            }
        }
    }
}
