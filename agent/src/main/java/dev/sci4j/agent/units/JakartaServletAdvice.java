package dev.sci4j.agent.units;

import dev.sci4j.agent.bootstrap.HttpUnits;
import dev.sci4j.agent.bootstrap.UnitContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into {@code jakarta.servlet.Servlet#service(ServletRequest, ServletResponse)} implementations: one
 * {@code http METHOD SERVLET-CLASS} unit per request (the handler, never the request URL). Failed when an
 * exception escapes or the response status is 500 or more. Requests forwarded to another servlet are nested and
 * count once.
 */
final class JakartaServletAdvice {
    private JakartaServletAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This Object servlet, @Advice.Argument(0) ServletRequest request) {
        String method = request instanceof HttpServletRequest ? ((HttpServletRequest) request).getMethod() : null;
        UnitContext.enter(HttpUnits.id(method, servlet.getClass()));
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Argument(1) ServletResponse response, @Advice.Thrown Throwable thrown) {
        boolean failed = thrown != null;
        try {
            failed |= response instanceof HttpServletResponse && ((HttpServletResponse) response).getStatus() >= 500;
        } catch (Throwable t) {
            // Servlet 2.x has no getStatus(): count by the exception alone
        }
        UnitContext.exit(failed);
    }
}
