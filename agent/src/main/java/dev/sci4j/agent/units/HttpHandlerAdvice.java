package dev.sci4j.agent.units;

import com.sun.net.httpserver.HttpExchange;
import dev.sci4j.agent.bootstrap.HttpUnits;
import dev.sci4j.agent.bootstrap.UnitContext;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into every {@code com.sun.net.httpserver.HttpHandler#handle}: one {@code http METHOD CONTEXT-PATH}
 * unit per exchange (the context path is the route the server matched, never the request URL). Failed when an
 * exception escapes or the response status is 500 or more.
 */
final class HttpHandlerAdvice {
    private HttpHandlerAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Argument(0) HttpExchange exchange) {
        UnitContext.enter(HttpUnits.id(exchange.getRequestMethod(), exchange.getHttpContext().getPath()));
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Argument(0) HttpExchange exchange, @Advice.Thrown Throwable thrown) {
        boolean failed = thrown != null;
        try {
            failed |= exchange.getResponseCode() >= 500;
        } catch (Throwable t) {
            // the status is unknown; count by the exception alone
        }
        UnitContext.exit(failed);
    }
}
