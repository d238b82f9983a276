package dev.sci4j.agent.otel;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open units by trace id: the unit span of a trace in this JVM (a local-root server span, a consumer span
 * processing a message), found from any context of that trace (a client span, an internal span, a context carried
 * to an executor) without allocation, because OpenTelemetry keeps the trace id as a string in the span context. At
 * most {@value #MAX_OPEN} units are open at once (bounded memory if spans are never ended); beyond that new local
 * roots are counted but get no CPU time. A trace entering this JVM twice at once (a service calling itself, a
 * message sent during a request and consumed in this JVM before the request ends) keeps its first unit for CPU
 * time. Thread-safe.
 */
final class OpenUnits {
    static final int MAX_OPEN = 65_536;

    private final ConcurrentHashMap<String, OpenUnit> byTrace = new ConcurrentHashMap<>();

    /** Opens a unit for {@code span} of trace {@code traceId}. */
    void open(String traceId, Object span) {
        if (byTrace.size() < MAX_OPEN) {
            byTrace.putIfAbsent(traceId, new OpenUnit(span));
        }
    }

    /** Whether a unit of trace {@code traceId} is open. */
    boolean isOpen(String traceId) {
        return byTrace.containsKey(traceId);
    }

    /** Closes {@code span}'s unit and returns it, or null if it had none. */
    OpenUnit close(String traceId, Object span) {
        OpenUnit unit = byTrace.get(traceId);
        if (unit == null || unit.span != span) {
            return null;
        }
        byTrace.remove(traceId, unit);
        return unit;
    }

    /** The open unit whose trace {@code context} belongs to, or null. */
    OpenUnit of(Context context) {
        if (byTrace.isEmpty() || context == null) {
            return null;
        }
        Span span = Span.fromContextOrNull(context);
        if (span == null) {
            return null;
        }
        SpanContext spanContext = span.getSpanContext();
        return spanContext.isValid() ? byTrace.get(spanContext.getTraceId()) : null;
    }

    int size() {
        return byTrace.size();
    }
}
