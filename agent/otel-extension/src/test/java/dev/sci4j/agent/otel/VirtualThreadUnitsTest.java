package dev.sci4j.agent.otel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.agent.bootstrap.UnitCounters;
import dev.sci4j.agent.bootstrap.VirtualThreadCpu;
import dev.sci4j.agent.units.VirtualThreadHooks;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextStorage;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The context wrapper on a thread that plays a virtual one (a fake {@link CpuFollowsContext.ThreadClock}), with the
 * span processor on a real OpenTelemetry SDK. The unit counters and the unread count are global to the JVM, so each
 * test uses its own route and compares the unread count before and after.
 */
class VirtualThreadUnitsTest {
    private static final AtomicInteger ROUTES = new AtomicInteger();

    private final FakeClock clock = new FakeClock();
    private final OpenUnits units = new OpenUnits();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(new LocalRootSpanUnits(units))
            .build();
    private final Tracer tracer = provider.get("test");
    private final ContextStorage storage = new CpuFollowsContext(ContextStorage.defaultStorage(), units, clock);

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void aUnitOnAVirtualThreadWithItsClockGetsItsCpuTimeAndIsNotUnread() {
        clock.virtual = true;
        clock.nanos = 1_000;
        long unreadBefore = VirtualThreadCpu.unreadUnits();
        String route = newRoute();
        Span span = serverSpan();
        try (Scope ignored = storage.attach(Context.root().with(span))) {
            clock.nanos = 5_000;
        }
        end(span, route);

        int id = UnitCounters.id("http GET " + route);
        assertThat(UnitCounters.ok(id)).isEqualTo(1);
        assertThat(UnitCounters.cpuNanos(id)).isEqualTo(4_000);
        assertThat(VirtualThreadCpu.unreadUnits()).isEqualTo(unreadBefore);
    }

    @Test
    void aVirtualThreadLeavingEveryUnitStopsItsClockOnce() {
        clock.virtual = true;
        clock.nanos = 1_000;
        Span span = serverSpan();
        try (Scope outer = storage.attach(Context.root().with(span))) {
            try (Scope sameUnit = storage.attach(Context.root().with(span))) {
                assertThat(clock.leaves).hasValue(0);
            }
            assertThat(clock.leaves).hasValue(0);
        }
        assertThat(clock.leaves).hasValue(1);
        end(span, newRoute());
    }

    @Test
    void aUnitOnAVirtualThreadWithoutACpuReadingIsCountedAsUnreadAndWarnedOf() {
        clock.virtual = true;
        clock.nanos = -1;
        long unreadBefore = VirtualThreadCpu.unreadUnits();
        String route = newRoute();
        Span span = serverSpan();
        try (Scope ignored = storage.attach(Context.root().with(span))) {
            BusyCpu.burn();
        }
        end(span, route);

        int id = UnitCounters.id("http GET " + route);
        assertThat(UnitCounters.ok(id)).isEqualTo(1);
        assertThat(UnitCounters.cpuNanos(id)).isZero();
        assertThat(VirtualThreadCpu.unreadUnits()).isEqualTo(unreadBefore + 1);
        assertThat(VirtualThreadHooks.warnings())
                .singleElement()
                .asString()
                .contains("units ran on virtual threads without a CPU reading");
    }

    @Test
    void aPlatformThreadWithoutACpuReadingIsNoUnreadVirtualThreadUnitAndLeavesNoVirtualClock() {
        clock.virtual = false;
        clock.nanos = -1;
        long unreadBefore = VirtualThreadCpu.unreadUnits();
        Span span = serverSpan();
        try (Scope ignored = storage.attach(Context.root().with(span))) {
            BusyCpu.burn();
        }
        end(span, newRoute());

        assertThat(VirtualThreadCpu.unreadUnits()).isEqualTo(unreadBefore);
        assertThat(clock.leaves).hasValue(0);
    }

    private Span serverSpan() {
        return tracer.spanBuilder("GET")
                .setSpanKind(SpanKind.SERVER)
                .setParent(Context.root())
                .setAttribute("http.request.method", "GET")
                .startSpan();
    }

    private static void end(Span span, String route) {
        span.setAttribute("http.route", route);
        span.setAttribute("http.response.status_code", 200L);
        span.end();
    }

    private static String newRoute() {
        return "/virtual-thread-test/" + ROUTES.incrementAndGet();
    }

    /** A settable CPU clock on a thread that is virtual or not; counts the times it was told to stop. */
    private static final class FakeClock implements CpuFollowsContext.ThreadClock {
        volatile long nanos;
        volatile boolean virtual;
        final AtomicInteger leaves = new AtomicInteger();

        @Override
        public long cpuNanos() {
            return nanos;
        }

        @Override
        public boolean onVirtualThread() {
            return virtual;
        }

        @Override
        public void leftEveryUnit() {
            leaves.incrementAndGet();
        }
    }
}
