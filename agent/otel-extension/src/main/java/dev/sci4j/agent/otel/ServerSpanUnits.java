package dev.sci4j.agent.otel;

import dev.sci4j.agent.bootstrap.AgentThreads;
import dev.sci4j.agent.bootstrap.UnitCounters;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counts local-root server spans as functional units: a {@link SpanKind#SERVER} span whose parent is absent or
 * remote is one unit, counted when it ends (named by {@link SpanUnitNames}); its CPU time is collected meanwhile
 * by {@link CpuFollowsContext} through {@link OpenUnits}. Spans started on a thread of sci4j itself (its
 * Prometheus endpoint) are never units: their cost is the agent's overhead. Only recording spans reach a span
 * processor, so a sampler that drops spans also drops units. Never throws. Thread-safe.
 */
final class ServerSpanUnits implements SpanProcessor {
    private final OpenUnits units;
    private final AtomicBoolean warnedNoCpu = new AtomicBoolean();

    ServerSpanUnits(OpenUnits units) {
        this.units = units;
    }

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        try {
            if (isUnit(span) && !onSci4jThread()) {
                units.open(span.getSpanContext().getTraceId(), span);
            }
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
            if (!isUnit(span)) {
                return;
            }
            OpenUnit open = units.close(span.getSpanContext().getTraceId(), span);
            if (open == null && onSci4jThread()) {
                return;
            }
            int id = SpanUnitNames.unitId(span);
            if (open != null) {
                open.ended(id);
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

    private static boolean isUnit(ReadableSpan span) {
        if (span.getKind() != SpanKind.SERVER) {
            return false;
        }
        SpanContext parent = span.getParentSpanContext();
        return !parent.isValid() || parent.isRemote();
    }

    /** sci4j's threads are made by {@link AgentThreads}, as in the standalone agent, whose hooks skip them too. */
    private static boolean onSci4jThread() {
        return AgentThreads.isCurrent();
    }
}
