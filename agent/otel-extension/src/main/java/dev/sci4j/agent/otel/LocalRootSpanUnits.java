package dev.sci4j.agent.otel;

import dev.sci4j.agent.bootstrap.AgentThreads;
import dev.sci4j.agent.bootstrap.UnitCounters;
import dev.sci4j.agent.bootstrap.VirtualThreadCpu;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counts the spans {@link UnitSpans} makes units: local-root server spans, and consumer spans processing a
 * message that run inside no other unit. Each is one unit, counted when it ends (named by {@link SpanUnitNames});
 * its CPU time is collected meanwhile by {@link CpuFollowsContext} through {@link OpenUnits}. Spans started on a
 * thread of sci4j itself (its Prometheus endpoint) are never units: their cost is the agent's overhead. Only
 * recording spans reach a span processor, so a sampler that drops spans also drops units. Never throws.
 * Thread-safe.
 */
final class LocalRootSpanUnits implements SpanProcessor {
    private final OpenUnits units;
    private final AtomicBoolean warnedNoCpu = new AtomicBoolean();

    LocalRootSpanUnits(OpenUnits units) {
        this.units = units;
    }

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        try {
            UnitSpans.Role role = UnitSpans.role(span);
            if (role == UnitSpans.Role.NONE || onSci4jThread()) {
                return;
            }
            String traceId = span.getSpanContext().getTraceId();
            if (role == UnitSpans.Role.UNLESS_INSIDE_A_UNIT && units.isOpen(traceId)) {
                return; // nested in a unit of this JVM: its work is that unit's, counted once
            }
            units.open(traceId, span);
        } catch (Throwable t) {
            // never into the application
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        try {
            UnitSpans.Role role = UnitSpans.role(span);
            if (role == UnitSpans.Role.NONE) {
                return;
            }
            OpenUnit open = units.close(span.getSpanContext().getTraceId(), span);
            if (open == null && (role == UnitSpans.Role.UNLESS_INSIDE_A_UNIT || onSci4jThread())) {
                return; // not opened at its start: nested, or sci4j's own
            }
            int id = SpanUnitNames.unitId(span);
            if (open != null) {
                open.ended(id);
                if (open.isCpuUnread()) {
                    VirtualThreadCpu.unread(1); // disclosed in the file's warnings, as in the standalone agent
                }
            }
            UnitCounters.completed(id, SpanUnitNames.failed(span));
            if (!CpuFollowsContext.installed() && warnedNoCpu.compareAndSet(false, true)) {
                System.err.println("[sci4j] units get no CPU time: OpenTelemetry's context storage was in use before"
                        + " the extension could wrap it; units are counted, their energy stays unattributed");
            }
        } catch (Throwable t) {
            // never into the application
        }
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }

    /** sci4j's threads are made by {@link AgentThreads}, as in the standalone agent, whose hooks skip them too. */
    private static boolean onSci4jThread() {
        return AgentThreads.isCurrent();
    }
}
