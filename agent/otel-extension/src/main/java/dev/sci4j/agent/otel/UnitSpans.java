package dev.sci4j.agent.otel;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.ReadableSpan;

/**
 * Which spans are functional units, and on what condition. A unit is work that entered this JVM:
 *
 * <ul>
 *   <li>a {@link SpanKind#SERVER} span whose parent is absent or remote (a local root): one request;
 *   <li>a {@link SpanKind#CONSUMER} span <em>processing</em> a message (semantic conventions: {@code
 *       messaging.operation.type}, or the older {@code messaging.operation}, is {@code process}; {@code deliver}
 *       in older releases): one message. It is a unit if it is a local root — its parent is usually the
 *       producer's context carried in the message, remote here — or, under a local parent, if no unit of its
 *       trace is open in this JVM (a process span under a polling consumer's own {@code receive} span, or under
 *       a scheduled job's span). A process span inside a unit (a request that consumes a message) is no unit of
 *       its own: that work is the request's, counted once.
 * </ul>
 *
 * A {@code receive} span is never a unit: OpenTelemetry ends it when the message is handed over, before the
 * message is processed, so it would carry none of the work, and counting it besides the process span that may
 * follow would count one message twice. A polling consumer whose instrumentation makes no process span
 * therefore shows no unit. Stateless, thread-safe.
 */
final class UnitSpans {
    private static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("messaging.operation.type");
    private static final AttributeKey<String> OLD_OPERATION = AttributeKey.stringKey("messaging.operation");

    /** What a span is to the units. */
    enum Role {
        /** No unit. */
        NONE,
        /** A unit: a local root. */
        UNIT,
        /** A unit unless a unit of its trace is already open in this JVM (a process span under a local parent). */
        UNLESS_INSIDE_A_UNIT
    }

    private UnitSpans() {}

    /** What {@code span} is to the units; the same at its start and its end (the attributes read are set at start). */
    static Role role(ReadableSpan span) {
        SpanKind kind = span.getKind();
        if (kind == SpanKind.SERVER) {
            return localRoot(span) ? Role.UNIT : Role.NONE;
        }
        if (kind == SpanKind.CONSUMER && processing(span)) {
            return localRoot(span) ? Role.UNIT : Role.UNLESS_INSIDE_A_UNIT;
        }
        return Role.NONE;
    }

    /** Whether the span's messaging operation is processing a message (not receiving it). */
    static boolean processing(ReadableSpan span) {
        String operation = span.getAttribute(OPERATION_TYPE);
        if (operation == null) {
            operation = span.getAttribute(OLD_OPERATION);
        }
        return "process".equals(operation) || "deliver".equals(operation);
    }

    private static boolean localRoot(ReadableSpan span) {
        SpanContext parent = span.getParentSpanContext();
        return !parent.isValid() || parent.isRemote();
    }
}
