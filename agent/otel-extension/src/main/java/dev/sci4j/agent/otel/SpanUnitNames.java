package dev.sci4j.agent.otel;

import dev.sci4j.agent.bootstrap.HttpUnits;
import dev.sci4j.agent.bootstrap.UnitCounters;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.ReadableSpan;

/**
 * The unit of an ended server span and its outcome, from OpenTelemetry's semantic conventions (both the stable
 * and the older attribute names). HTTP: {@code http METHOD ROUTE}, ROUTE being {@code http.route} — the same
 * names, and the same bound on their number, as the standalone agent ({@link HttpUnits}); a request without a
 * route is {@code http METHOD (no route)}, never the URL. RPC: {@code rpc SERVICE/METHOD}. Anything else: {@code
 * span NAME}. A processed message: {@code messaging process DESTINATION} (bounded by {@link MessagingUnits}),
 * DESTINATION being {@code messaging.destination.template} where the instrumentation sets one (a topic pattern),
 * otherwise {@code messaging.destination.name}; a temporary or anonymous destination (a reply queue) is {@value
 * #TEMPORARY} or {@value #ANONYMOUS}, never its generated name. Failed: an HTTP status other than 2xx, otherwise
 * an error status. Stateless, thread-safe.
 */
final class SpanUnitNames {
    static final String NO_ROUTE = "(no route)";
    static final String TEMPORARY = "(temporary)";
    static final String ANONYMOUS = "(anonymous)";
    static final String NO_DESTINATION = "(no destination)";

    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    private static final AttributeKey<String> OLD_METHOD = AttributeKey.stringKey("http.method");
    private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
    private static final AttributeKey<Long> OLD_STATUS = AttributeKey.longKey("http.status_code");
    private static final AttributeKey<String> RPC_SERVICE = AttributeKey.stringKey("rpc.service");
    private static final AttributeKey<String> RPC_METHOD = AttributeKey.stringKey("rpc.method");
    private static final AttributeKey<Long> GRPC_STATUS = AttributeKey.longKey("rpc.grpc.status_code");
    private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    private static final AttributeKey<String> DESTINATION_TEMPLATE =
            AttributeKey.stringKey("messaging.destination.template");
    private static final AttributeKey<Boolean> DESTINATION_TEMPORARY =
            AttributeKey.booleanKey("messaging.destination.temporary");
    private static final AttributeKey<Boolean> DESTINATION_ANONYMOUS =
            AttributeKey.booleanKey("messaging.destination.anonymous");

    private static final MessagingUnits MESSAGING = new MessagingUnits(MessagingUnits.MAX_DESTINATIONS);

    private SpanUnitNames() {}

    /** The unit id of {@code span} (registered on first use). */
    static int unitId(ReadableSpan span) {
        if (span.getKind() == SpanKind.CONSUMER) {
            return MESSAGING.id(destination(span));
        }
        String method = first(span, METHOD, OLD_METHOD);
        if (method != null) {
            String route = span.getAttribute(ROUTE);
            return HttpUnits.id(method, route != null ? route : NO_ROUTE);
        }
        String rpcMethod = span.getAttribute(RPC_METHOD);
        if (rpcMethod != null) {
            String service = span.getAttribute(RPC_SERVICE);
            return UnitCounters.id("rpc " + (service != null ? service + "/" + rpcMethod : rpcMethod));
        }
        return UnitCounters.id("span " + span.getName());
    }

    /** The bounded name of a consumer span's destination. */
    static String destination(ReadableSpan span) {
        String template = span.getAttribute(DESTINATION_TEMPLATE);
        if (template != null) {
            return template;
        }
        if (Boolean.TRUE.equals(span.getAttribute(DESTINATION_TEMPORARY))) {
            return TEMPORARY;
        }
        if (Boolean.TRUE.equals(span.getAttribute(DESTINATION_ANONYMOUS))) {
            return ANONYMOUS;
        }
        String name = span.getAttribute(DESTINATION);
        return name != null ? name : NO_DESTINATION;
    }

    /**
     * Whether the unit failed: an HTTP status other than 2xx (as the agent's own HTTP units: a profile's web
     * request is a 2xx response); a gRPC status other than {@code OK} (0), the same rule for a call — OpenTelemetry
     * marks only some codes as errors on the server side, not {@code NOT_FOUND} or {@code INVALID_ARGUMENT}; or else
     * the span's error status.
     */
    static boolean failed(ReadableSpan span) {
        Long status = first(span, STATUS, OLD_STATUS);
        if (status != null) {
            return status >= 300; // a final status is never below 200
        }
        Long grpc = span.getAttribute(GRPC_STATUS);
        if (grpc != null) {
            return grpc != 0;
        }
        return span.toSpanData().getStatus().getStatusCode() == StatusCode.ERROR;
    }

    private static <T> T first(ReadableSpan span, AttributeKey<T> key, AttributeKey<T> fallback) {
        T value = span.getAttribute(key);
        return value != null ? value : span.getAttribute(fallback);
    }
}
