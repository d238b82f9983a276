package dev.sci4j.agent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Servlet requests through the hooks, as an instrumented {@code Servlet.service} calls them, with fake javax and
 * jakarta requests: one unit per {@code REQUEST} dispatch, named from Spring MVC's pattern or the servlet mapping,
 * async requests counted at completion, nothing on the agent's own threads. Unit names are JVM-wide: each test
 * uses its own routes.
 */
class ServletHooksTest {
    private static final Object SERVLET = new Object();

    @Test
    void aRequestDispatchIsOneUnitNamedByItsServletMappingNeverByItsUrl() {
        String route = route("/orders/*");

        serve(request("REQUEST", route), response(200));
        serve(request("REQUEST", route), response(503));

        assertThat(UnitCounters.ok(id("http GET " + route))).isEqualTo(1);
        assertThat(UnitCounters.failed(id("http GET " + route))).isEqualTo(1);
    }

    @Test
    void theJavaxApiIsReadTheSameWay() {
        String route = route("/legacy");
        Map<String, Object> request = request("REQUEST", route);

        Hooks.enterServlet(SERVLET, fake(javax.servlet.http.HttpServletRequest.class, request), javaxResponse(200));
        Hooks.exit();

        assertThat(UnitCounters.ok(id("http GET " + route))).isEqualTo(1);
    }

    @Test
    void errorAndForwardDispatchesAreNeverUnitsOfTheirOwn() {
        String route = route("/boom");
        String errorPage = route("/error");

        serve(request("REQUEST", route), response(500)); // the request's own dispatch…
        serve(request("ERROR", errorPage), response(500)); // …then the container's error page
        Hooks.enterServlet(SERVLET, jakarta(request("REQUEST", route)), response(200));
        serve(request("FORWARD", errorPage), response(200)); // inside: must not end the outer unit
        assertThat(UnitCounters.ok(id("http GET " + route))).isZero();
        Hooks.exit();

        assertThat(UnitCounters.failed(id("http GET " + route))).isEqualTo(1);
        assertThat(UnitCounters.ok(id("http GET " + route))).isEqualTo(1);
        assertThat(UnitCounters.ok(id("http GET " + errorPage)) + UnitCounters.failed(id("http GET " + errorPage)))
                .isZero();
    }

    @Test
    void springsMatchedPatternSetWhileHandlingNamesTheUnit() {
        String mapping = route("/");
        String pattern = route("/owners/{id}");
        Map<String, Object> request = request("REQUEST", mapping);
        Map<String, Object> attributes = new HashMap<>();
        request.put("getAttribute", (Function<Object[], Object>) args -> attributes.get((String) args[0]));

        Hooks.enterServlet(SERVLET, jakarta(request), response(200));
        attributes.put(HttpSubjects.SPRING_PATTERN, pattern); // Spring sets it when it picks the handler
        Hooks.exit();

        assertThat(UnitCounters.ok(id("http GET " + pattern))).isEqualTo(1);
        assertThat(UnitCounters.ok(id("http GET " + mapping))).isZero();
    }

    @Test
    void aDeclaredUnitInsideASpringHandlerIsNestedUnderTheMatchedPattern() {
        String mapping = route("/");
        String pattern = route("/carts/{id}");
        int kind = id(route("price-cart"));
        Map<String, Object> request = request("REQUEST", mapping);
        Map<String, Object> attributes = new HashMap<>();
        request.put("getAttribute", (Function<Object[], Object>) args -> attributes.get((String) args[0]));

        Hooks.enterServlet(SERVLET, jakarta(request), response(200));
        attributes.put(HttpSubjects.SPRING_PATTERN, pattern);
        Hooks.enter(kind); // the controller calls a @FunctionalUnit method
        Hooks.exit();
        Hooks.exit();

        int route = id("http GET " + pattern);
        assertThat(UnitCounters.ok(route)).isEqualTo(1);
        assertThat(UnitCounters.ok(UnitCounters.nestedId(route, kind))).isEqualTo(1);
        assertThat(UnitCounters.ok(kind)).isZero();
        assertThat(UnitCounters.ok(id("http GET " + mapping))).isZero();
    }

    @Test
    void workHandedToAnotherThreadAfterSpringChoseItsHandlerIsChargedToThePattern() throws Exception {
        String mapping = route("/");
        String pattern = route("/reports/{id}");
        Map<String, Object> request = request("REQUEST", mapping);
        Map<String, Object> attributes = new HashMap<>();
        request.put("getAttribute", (Function<Object[], Object>) args -> attributes.get((String) args[0]));

        Hooks.enterServlet(SERVLET, jakarta(request), response(200));
        attributes.put(HttpSubjects.SPRING_PATTERN, pattern);
        Thread worker = new Thread(Hooks.wrap(() -> burn(30)));
        worker.start();
        worker.join();
        Hooks.exit();

        assertThat(UnitCounters.cpuNanos(id("http GET " + pattern))).isGreaterThan(20_000_000L);
        assertThat(UnitCounters.cpuNanos(id("http GET " + mapping))).isZero();
    }

    /** Burns this thread's CPU time, not wall time: on a busy machine 30 ms of wall time can be half that of CPU. */
    private static void burn(long millis) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + millis * 1_000_000L;
        double x = 0;
        while (threads.getCurrentThreadCpuTime() < end) {
            for (int i = 0; i < 1000; i++) {
                x += Math.sqrt(x + 1);
            }
        }
        assertThat(x).isPositive();
    }

    @Test
    void anAsyncRequestCountsOnceWhenItCompletesWithItsFinalStatus() throws Exception {
        String route = route("/async");
        AtomicReference<Object> listener = new AtomicReference<>();
        Map<String, Object> context = new HashMap<>();
        context.put("addListener", (Function<Object[], Object>) args -> {
            listener.set(args[0]);
            return null;
        });
        Map<String, Object> request = request("REQUEST", route);
        request.put("isAsyncStarted", true);
        request.put("getAsyncContext", fake(jakarta.servlet.AsyncContext.class, context));
        Map<String, Object> response = new HashMap<>();
        response.put("getStatus", 200);

        serve(request, fake(jakarta.servlet.http.HttpServletResponse.class, response));
        assertThat(UnitCounters.ok(id("http GET " + route))).isZero(); // service returned: not complete yet
        response.put("getStatus", 502);
        Thread completion = new Thread(() -> {
            try {
                ((jakarta.servlet.AsyncListener) listener.get()).onComplete(null);
                ((jakarta.servlet.AsyncListener) listener.get()).onComplete(null);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        completion.start();
        completion.join();

        assertThat(UnitCounters.failed(id("http GET " + route))).isEqualTo(1); // once, with the final status
        assertThat(UnitCounters.ok(id("http GET " + route))).isZero();
    }

    @Test
    void aRequestThatStartsAsyncAgainIsStillCountedOnceAtItsCompletion() throws Exception {
        String route = route("/async-again");
        List<Object> listeners = new ArrayList<>();
        Map<String, Object> context = new HashMap<>();
        context.put("addListener", (Function<Object[], Object>) args -> listeners.add(args[0]));
        jakarta.servlet.AsyncContext async = fake(jakarta.servlet.AsyncContext.class, context);
        Map<String, Object> request = request("REQUEST", route);
        request.put("isAsyncStarted", true);
        request.put("getAsyncContext", async);

        serve(request, response(200));
        ((jakarta.servlet.AsyncListener) listeners.get(0)).onStartAsync(new jakarta.servlet.AsyncEvent(async));
        ((jakarta.servlet.AsyncListener) listeners.get(1)).onComplete(new jakarta.servlet.AsyncEvent(async));

        assertThat(listeners).hasSize(2); // the container drops listeners at a new startAsync: it listens again
        assertThat(UnitCounters.ok(id("http GET " + route))).isEqualTo(1);
    }

    @Test
    void theAgentsOwnThreadsNeverCountAUnit() throws Exception {
        String route = route("/metrics");
        Thread agent = AgentThreads.newThread(() -> serve(request("REQUEST", route), response(200)), "test-agent");
        agent.start();
        agent.join();

        assertThat(UnitCounters.ok(id("http GET " + route))).isZero();
        assertThat(agent.isDaemon()).isTrue();
    }

    private static void serve(Map<String, Object> request, Object response) {
        Hooks.enterServlet(SERVLET, jakarta(request), response);
        Hooks.exit();
    }

    private static String route(String path) {
        return path + "#" + System.nanoTime();
    }

    private static int id(String name) {
        return UnitCounters.id(name);
    }

    /** A GET request in the dispatch given whose servlet mapping's pattern is {@code pattern}. */
    private static Map<String, Object> request(String dispatch, String pattern) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("getMethod", "GET");
        answers.put("getDispatcherType", jakarta.servlet.DispatcherType.valueOf(dispatch));
        answers.put(
                "getHttpServletMapping",
                fake(jakarta.servlet.http.HttpServletMapping.class, Map.of("getPattern", pattern)));
        return answers;
    }

    private static Object jakarta(Map<String, Object> request) {
        return fake(jakarta.servlet.http.HttpServletRequest.class, request);
    }

    private static Object response(int status) {
        return fake(jakarta.servlet.http.HttpServletResponse.class, Map.of("getStatus", status));
    }

    private static Object javaxResponse(int status) {
        return fake(javax.servlet.http.HttpServletResponse.class, Map.of("getStatus", status));
    }

    /**
     * A proxy answering each method from {@code answers} (a value, or a function of the arguments), with the
     * javax enum or mapping in place of jakarta's where the type asks for it; null or false otherwise.
     */
    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            Object answer = answers.get(m.getName());
            if (answer instanceof Function) {
                return ((Function<Object[], Object>) answer).apply(args);
            }
            if (answer instanceof jakarta.servlet.DispatcherType && m.getReturnType() != answer.getClass()) {
                return javax.servlet.DispatcherType.valueOf(((Enum<?>) answer).name());
            }
            if (answer instanceof jakarta.servlet.http.HttpServletMapping
                    && !m.getReturnType().isInstance(answer)) {
                String pattern = ((jakarta.servlet.http.HttpServletMapping) answer).getPattern();
                return fake(javax.servlet.http.HttpServletMapping.class, Map.of("getPattern", pattern));
            }
            if (answer == null && m.getReturnType() == boolean.class) {
                return false;
            }
            if (answer == null && m.getReturnType() == int.class) {
                return 0;
            }
            return answer;
        }));
    }
}
