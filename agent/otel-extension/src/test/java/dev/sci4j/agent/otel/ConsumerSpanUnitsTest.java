package dev.sci4j.agent.otel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sci4j.agent.bootstrap.UnitCounters;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Consumer spans as units, with the span processor and the context wrapper on a real OpenTelemetry SDK, the
 * spans made as OpenTelemetry's messaging instrumentation makes them (JMS, Kafka): a process span under the
 * producer's context carried in the message, a receive span before it. The unit counters are global to the JVM,
 * so each test uses its own destination.
 */
class ConsumerSpanUnitsTest {
    private static final AtomicInteger DESTINATIONS = new AtomicInteger();

    private final OpenUnits units = new OpenUnits();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(new LocalRootSpanUnits(units))
            .build();
    private final Tracer tracer = provider.get("test");
    private final ContextStorage storage = new CpuFollowsContext(ContextStorage.defaultStorage(), units);

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void aProcessSpanUnderTheProducersContextIsOneUnitNamedFromItsDestinationWithItsCpuTime() {
        String queue = newDestination();
        Span span = consumer("process", queue, producerContext()).startSpan();
        try (Scope ignored = storage.attach(Context.root().with(span))) {
            BusyCpu.burn();
        }
        span.end();

        int id = UnitCounters.id("messaging process " + queue);
        assertThat(UnitCounters.ok(id)).isEqualTo(1);
        assertThat(UnitCounters.failed(id)).isZero();
        assertThat(UnitCounters.cpuNanos(id)).isGreaterThan(1_000_000);
        assertThat(units.size()).isZero();
    }

    @Test
    void theOlderOperationAttributeCountsAsWellAndARootProcessSpanIsAUnit() {
        String queue = newDestination();
        tracer.spanBuilder(queue + " process")
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.operation", "process")
                .setAttribute("messaging.destination.name", queue)
                .startSpan()
                .end();

        assertThat(UnitCounters.ok(UnitCounters.id("messaging process " + queue)))
                .isEqualTo(1);
    }

    @Test
    void aReceiveSpanIsNoUnitSoAReceivedThenProcessedMessageCountsOnce() {
        String queue = newDestination();
        int before = UnitCounters.size();
        consumer("receive", queue, producerContext()).startSpan().end();
        consumer("process", queue, producerContext()).startSpan().end();

        assertThat(UnitCounters.ok(UnitCounters.id("messaging process " + queue)))
                .isEqualTo(1);
        assertThat(newUnitNames(before)).containsExactly("messaging process " + queue);
    }

    @Test
    void aProcessSpanUnderALocalRootReceiveSpanIsTheUnitAndGetsTheCpuTime() {
        String queue = newDestination();
        Span receive = consumer("receive", queue, Context.root()).startSpan();
        Context polled = Context.root().with(receive);
        receive.end();
        Span process = consumer("process", queue, polled).startSpan();
        try (Scope ignored = storage.attach(polled.with(process))) {
            BusyCpu.burn();
        }
        process.end();

        int id = UnitCounters.id("messaging process " + queue);
        assertThat(UnitCounters.ok(id)).isEqualTo(1);
        assertThat(UnitCounters.cpuNanos(id)).isGreaterThan(1_000_000);
    }

    @Test
    void aProcessSpanInsideARequestIsNoUnitOfItsOwnAndItsCpuTimeIsTheRequests() {
        String queue = newDestination();
        String route = "/consume/" + queue;
        Span request = tracer.spanBuilder("GET")
                .setSpanKind(SpanKind.SERVER)
                .setAttribute("http.request.method", "GET")
                .startSpan();
        Context inRequest = Context.root().with(request);
        Span process = consumer("process", queue, inRequest).startSpan();
        try (Scope ignored = storage.attach(inRequest.with(process))) {
            BusyCpu.burn();
        }
        process.end();
        request.setAttribute("http.route", route);
        request.setAttribute("http.response.status_code", 200L);
        request.end();

        assertThat(UnitCounters.ok(UnitCounters.id("messaging process " + queue)))
                .isZero();
        int requestId = UnitCounters.id("http GET " + route);
        assertThat(UnitCounters.ok(requestId)).isEqualTo(1);
        assertThat(UnitCounters.cpuNanos(requestId)).isGreaterThan(1_000_000);
    }

    @Test
    void aTemplateNamesTheUnitAndTemporaryOrAnonymousDestinationsNeverShowTheirGeneratedNames() {
        String topic = newDestination();
        int before = UnitCounters.size();
        consumer("process", topic + ".42", producerContext())
                .setAttribute("messaging.destination.template", topic + ".{id}")
                .startSpan()
                .end();
        consumer("process", "temp-queue-" + topic, producerContext())
                .setAttribute("messaging.destination.temporary", true)
                .startSpan()
                .end();
        consumer("process", "anon-" + topic, producerContext())
                .setAttribute("messaging.destination.anonymous", true)
                .startSpan()
                .end();

        assertThat(UnitCounters.ok(UnitCounters.id("messaging process " + topic + ".{id}")))
                .isEqualTo(1);
        assertThat(UnitCounters.ok(UnitCounters.id("messaging process " + SpanUnitNames.TEMPORARY)))
                .isPositive();
        assertThat(UnitCounters.ok(UnitCounters.id("messaging process " + SpanUnitNames.ANONYMOUS)))
                .isPositive();
        assertThat(newUnitNames(before)).noneMatch(name -> name.contains(topic + ".42") || name.contains("-" + topic));
    }

    @Test
    void anErrorStatusIsAFailedUnit() {
        String queue = newDestination();
        Span span = consumer("process", queue, producerContext()).startSpan();
        span.setStatus(StatusCode.ERROR);
        span.end();
        consumer("process", queue, producerContext()).startSpan().end();

        int id = UnitCounters.id("messaging process " + queue);
        assertThat(UnitCounters.failed(id)).isEqualTo(1);
        assertThat(UnitCounters.ok(id)).isEqualTo(1);
    }

    @Test
    void destinationsBeyondTheBoundShareOneOverflowUnit() {
        MessagingUnits messaging = new MessagingUnits(2);
        String prefix = newDestination();
        int first = messaging.id(prefix + ".a");
        int second = messaging.id(prefix + ".b");
        int third = messaging.id(prefix + ".c");

        assertThat(UnitCounters.name(first)).isEqualTo("messaging process " + prefix + ".a");
        assertThat(messaging.id(prefix + ".a")).isEqualTo(first);
        assertThat(second).isNotEqualTo(first);
        assertThat(UnitCounters.name(third)).isEqualTo(MessagingUnits.OVERFLOW_NAME);
        assertThat(messaging.id(prefix + ".d")).isEqualTo(third);
    }

    /** A consumer span of {@code operation} on {@code destination}, as OpenTelemetry's messaging instrumentation. */
    private SpanBuilder consumer(String operation, String destination, Context parent) {
        return tracer.spanBuilder(destination + " " + operation)
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "jms")
                .setAttribute("messaging.operation.type", operation)
                .setAttribute("messaging.destination.name", destination);
    }

    /** The producer's context as a consumer extracts it from a message: remote, of a new trace. */
    private static Context producerContext() {
        return Context.root()
                .with(Span.wrap(SpanContext.createFromRemoteParent(
                        String.format("%032x", 0xabc0000L + DESTINATIONS.incrementAndGet()),
                        "b7ad6b7169203331",
                        TraceFlags.getSampled(),
                        TraceState.getDefault())));
    }

    private static List<String> newUnitNames(int before) {
        List<String> names = new ArrayList<>();
        for (int id = before; id < UnitCounters.size(); id++) {
            names.add(UnitCounters.name(id));
        }
        return names;
    }

    private static String newDestination() {
        return "queue" + DESTINATIONS.incrementAndGet();
    }
}
