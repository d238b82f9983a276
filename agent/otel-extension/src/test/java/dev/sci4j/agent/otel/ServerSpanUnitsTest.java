package dev.sci4j.agent.otel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.agent.bootstrap.AgentThreads;
import dev.sci4j.agent.bootstrap.UnitCounters;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextStorage;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The span processor and the context wrapper together on a real OpenTelemetry SDK, without the Java agent. The
 * unit counters are global to the JVM, so each test uses its own route.
 */
class ServerSpanUnitsTest {
    private static final AtomicInteger ROUTES = new AtomicInteger();

    private final OpenUnits units = new OpenUnits();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(new LocalRootSpanUnits(units))
            .build();
    private final Tracer tracer = provider.get("test");
    private final ContextStorage storage = new CpuFollowsContext(ContextStorage.defaultStorage(), units);
    private final ExecutorService other = Executors.newSingleThreadExecutor();

    @AfterEach
    void close() {
        other.shutdownNow();
        provider.close();
    }

    @Test
    void aRootServerSpanIsOneUnitNamedFromItsRouteWithTheCpuTimeSpentInItsContext() {
        String route = newRoute();
        Span span = serverSpan(Context.root());
        try (Scope ignored = storage.attach(Context.root().with(span))) {
            BusyCpu.burn();
        }
        end(span, route, 200);

        int id = UnitCounters.id("http GET " + route);
        assertThat(UnitCounters.ok(id)).isEqualTo(1);
        assertThat(UnitCounters.failed(id)).isZero();
        assertThat(UnitCounters.cpuNanos(id)).isPositive();
        assertThat(units.size()).isZero();
    }

    @Test
    void cpuTimeOnAnotherThreadInAChildContextGoesToTheRootUnit() throws Exception {
        String route = newRoute();
        Span span = serverSpan(Context.root());
        Context parent = Context.root().with(span);
        Span child = tracer.spanBuilder("child").setParent(parent).startSpan();
        Context childContext = parent.with(child);
        other.submit(() -> {
                    try (Scope ignored = storage.attach(childContext)) {
                        BusyCpu.burn();
                    }
                })
                .get();
        child.end();
        end(span, route, 200);

        int id = UnitCounters.id("http GET " + route);
        assertThat(UnitCounters.ok(id)).isEqualTo(1);
        assertThat(UnitCounters.cpuNanos(id)).isGreaterThan(1_000_000);
    }

    @Test
    void cpuTimeAfterTheSpanEndedStillReachesItsUnit() throws Exception {
        String route = newRoute();
        Span span = serverSpan(Context.root());
        Scope scope = storage.attach(Context.root().with(span));
        end(span, route, 200);
        int id = UnitCounters.id("http GET " + route);
        long atEnd = UnitCounters.cpuNanos(id);

        BusyCpu.burn();
        scope.close();

        assertThat(UnitCounters.cpuNanos(id)).isGreaterThan(atEnd);
        assertThat(UnitCounters.ok(id)).isEqualTo(1);
    }

    @Test
    void aServerSpanUnderALocalParentIsNoUnitOfItsOwn() {
        String route = newRoute();
        Span outer = serverSpan(Context.root());
        Span inner = serverSpan(Context.root().with(outer));
        end(inner, route + "/inner", 200);
        end(outer, route, 200);

        assertThat(UnitCounters.ok(UnitCounters.id("http GET " + route))).isEqualTo(1);
        assertThat(UnitCounters.ok(UnitCounters.id("http GET " + route + "/inner")))
                .isZero();
    }

    @Test
    void aServerSpanUnderARemoteParentIsAUnit() {
        String route = newRoute();
        SpanContext remote = SpanContext.createFromRemoteParent(
                "0af7651916cd43dd8448eb211c80319c",
                "b7ad6b7169203331",
                TraceFlags.getSampled(),
                TraceState.getDefault());
        Span span = serverSpan(Context.root().with(Span.wrap(remote)));
        end(span, route, 200);

        assertThat(UnitCounters.ok(UnitCounters.id("http GET " + route))).isEqualTo(1);
    }

    @Test
    void aStatusOtherThan2xxIsAFailedUnit() {
        String route = newRoute();
        end(serverSpan(Context.root()), route, 500);
        end(serverSpan(Context.root()), route, 404);
        end(serverSpan(Context.root()), route, 302);
        end(serverSpan(Context.root()), route, 204);

        int id = UnitCounters.id("http GET " + route);
        assertThat(UnitCounters.failed(id)).isEqualTo(3);
        assertThat(UnitCounters.ok(id)).isEqualTo(1);
    }

    @Test
    void anRpcSpanIsNamedFromServiceAndMethodAndItsErrorStatusFails() {
        String service = "test.Greeter" + ROUTES.incrementAndGet();
        Span span = tracer.spanBuilder(service + "/SayHello")
                .setSpanKind(SpanKind.SERVER)
                .setAttribute("rpc.service", service)
                .setAttribute("rpc.method", "SayHello")
                .startSpan();
        span.setStatus(StatusCode.ERROR);
        span.end();

        assertThat(UnitCounters.failed(UnitCounters.id("rpc " + service + "/SayHello")))
                .isEqualTo(1);
    }

    @Test
    void aGrpcCallFailsWithAnyStatusButOkEvenWhereOpenTelemetryLeavesTheSpanUnset() {
        String service = "test.Owners" + ROUTES.incrementAndGet();
        for (long code : new long[] {0, 5, 0}) { // OK, NOT_FOUND (no error status on a server span), OK
            tracer.spanBuilder(service + "/Find")
                    .setSpanKind(SpanKind.SERVER)
                    .setAttribute("rpc.service", service)
                    .setAttribute("rpc.method", "Find")
                    .setAttribute("rpc.grpc.status_code", code)
                    .startSpan()
                    .end();
        }

        int id = UnitCounters.id("rpc " + service + "/Find");
        assertThat(UnitCounters.ok(id)).isEqualTo(2);
        assertThat(UnitCounters.failed(id)).isEqualTo(1);
    }

    @Test
    void aRequestWithoutARouteIsNamedByItsMethodNeverItsUrl() {
        String path = "/items/" + ROUTES.incrementAndGet();
        int before = UnitCounters.size();
        Span span = tracer.spanBuilder("POST")
                .setSpanKind(SpanKind.SERVER)
                .setAttribute("http.request.method", "POST")
                .setAttribute("url.path", path)
                .startSpan();
        span.end();

        assertThat(UnitCounters.ok(UnitCounters.id("http POST " + SpanUnitNames.NO_ROUTE)))
                .isPositive();
        for (int id = before; id < UnitCounters.size(); id++) {
            assertThat(UnitCounters.name(id)).doesNotContain(path);
        }
    }

    @Test
    void spansOfSci4jsOwnThreadsAreNoUnits() throws Exception {
        String route = newRoute();
        Thread endpoint = AgentThreads.newThread(() -> end(serverSpan(Context.root()), route, 200), "sci4j-test");
        endpoint.start();
        endpoint.join();

        assertThat(UnitCounters.ok(UnitCounters.id("http GET " + route))).isZero();
        assertThat(units.size()).isZero();
    }

    private Span serverSpan(Context parent) {
        return tracer.spanBuilder("GET")
                .setParent(parent)
                .setSpanKind(SpanKind.SERVER)
                .setAttribute("http.request.method", "GET")
                .startSpan();
    }

    private static void end(Span span, String route, long status) {
        span.setAttribute("http.route", route);
        span.setAttribute("http.response.status_code", status);
        span.end();
    }

    private static String newRoute() {
        return "/test/" + ROUTES.incrementAndGet();
    }
}
